namespace ScriptGen;

/// <summary>What a per-bar color paints: the bar itself (<c>chart.BarColor</c>) or the background behind it (<c>chart.BgColor</c>).</summary>
public enum BarColorTarget
{
    /// <summary>The price bar (candle). Pine's <c>barcolor</c>.</summary>
    Bar,

    /// <summary>The background of the script's pane behind the bar. Pine's <c>bgcolor</c>.</summary>
    Background,
}
