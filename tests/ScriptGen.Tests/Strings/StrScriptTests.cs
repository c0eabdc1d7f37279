using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Strings;

/// <summary>
/// <c>str.*</c> and <c>format.*</c> as a script calls them. Expected values follow Pine's definitions (Pine v5
/// reference manual: the str functions, format.mintick) and, for the default <c>str.format_time</c> pattern, the
/// output TradingView printed (PyneCore tests/t01_lib/t05_string/data/test_011_str_format_time.txt).
/// </summary>
public sealed class StrScriptTests
{
    [Fact]
    public void A_script_formats_and_edits_strings_on_each_bar()
    {
        var probe = StrProbe.Create();
        var symbol = new SymbolInfo { MinTick = 0.25, TimeZone = "America/New_York" };

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(probe, TestBars.Prices(100, 101.3), new RunOptions { Symbol = symbol });

        // The last bar: 2024-01-01 01:00 UTC, close 101.3.
        Assert.Equal("101.3", probe.Seen["tostring(close)"]);
        Assert.Equal("101.30", probe.Seen["tostring(close, #.00)"]);
        Assert.Equal("101.25", probe.Seen["tostring(close, format.mintick)"]); // The nearest quarter, with the tick's two decimals.
        Assert.Equal("1", probe.Seen["tostring(bar_index)"]);
        Assert.Equal("true", probe.Seen["tostring(true)"]);
        Assert.Equal("bar 1 close 101.3 ok", probe.Seen["format"]);
        Assert.Equal("2023-12-31T20:00:00-0500", probe.Seen["format(time)"]); // The exchange's zone by default.
        Assert.Equal("02:00", probe.Seen["format(time, HH:mm, UTC+1)"]);
        Assert.Equal("[Hello, World!]", probe.Seen["split"]);
        Assert.Equal("A-B+C", probe.Seen["replace"]);
        Assert.Equal("6", probe.Seen["pos"]);
        Assert.Equal("24.6", probe.Seen["tonumber"]);
        Assert.Equal([1, 1], result.GetPlot("length").Values.ToArray());
    }

    [Fact]
    public void A_malformed_format_pattern_fails_the_run_at_its_bar_naming_the_problem()
    {
        var probe = StrFormatInputProbe.Create(new StrFormatInputProbe.Inputs { Pattern = "close {0" });

        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(probe, TestBars.Prices(1, 2)));

        Assert.Equal(0, failure.BarIndex);
        Assert.IsType<FormatException>(failure.InnerException);
        Assert.Contains("\"close {0\" has an unmatched '{'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formed_input_pattern_formats_the_close()
    {
        var probe = StrFormatInputProbe.Create(new StrFormatInputProbe.Inputs { Pattern = "'{'\"price\": {0,number,#.##}'}'" });

        new RuntimeEnvironment().RunIndicator(probe, TestBars.Prices(1, 2.345));

        Assert.Equal("{\"price\": 2.35}", probe.Last); // 2.345 is 2.34500000000000019984 in binary: above the tie.
    }
}
