using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>Calls str.* and format.* from Process(), so a test sees what a script gets from them.</summary>
[Indicator("str probe")]
public partial class StrProbe
{
    /// <summary>What each call returned on the last bar, by the call's text.</summary>
    public Dictionary<string, string?> Seen { get; } = [];

    protected override void Process()
    {
        Seen["tostring(close)"] = str.ToString(close);
        Seen["tostring(close, #.00)"] = str.ToString(close, "#.00");
        Seen["tostring(close, format.mintick)"] = str.ToString(close, format.MinTick);
        Seen["tostring(bar_index)"] = str.ToString(bar_index);
        Seen["tostring(true)"] = str.ToString(barstate.IsLast);
        Seen["format"] = str.Format("bar {0} close {1,number,#.##} {2}", bar_index, close, "ok");
        Seen["format(time)"] = str.FormatTime(time);
        Seen["format(time, HH:mm, UTC+1)"] = str.FormatTime(time, "HH:mm", "UTC+1");
        Seen["split"] = str.Format("{0}", str.Split("Hello World!", " "));
        Seen["replace"] = str.Replace(str.Upper("a-b-c"), "-", "+", 1);
        Seen["pos"] = str.ToString(str.Pos("Hello World!", "World"));
        Seen["tonumber"] = str.ToString(str.ToNumber("12.3") * 2);
        chart.Plot(str.Length(str.Trim("  x  ")), "length");
    }
}

/// <summary>Formats with a pattern given as an input, which may be malformed.</summary>
[Indicator("str.format input probe")]
public partial class StrFormatInputProbe
{
    [Input("Pattern")] public string Pattern { get; init; } = "{0}";

    public string? Last { get; private set; }

    protected override void Process() => Last = str.Format(Pattern, close);
}
