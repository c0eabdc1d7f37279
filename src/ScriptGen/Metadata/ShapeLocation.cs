namespace ScriptGen;

/// <summary>Where <c>chart.PlotShape</c> and <c>chart.PlotChar</c> draw on a bar: Pine's <c>location.*</c>.</summary>
public enum ShapeLocation
{
    /// <summary>Above the bar's high. Pine's <c>location.abovebar</c> (the default).</summary>
    AboveBar,

    /// <summary>Below the bar's low. Pine's <c>location.belowbar</c>.</summary>
    BelowBar,

    /// <summary>At the top of the pane. Pine's <c>location.top</c>.</summary>
    Top,

    /// <summary>At the bottom of the pane. Pine's <c>location.bottom</c>.</summary>
    Bottom,

    /// <summary>At the series' value, a price (drawn where it is not na). Pine's <c>location.absolute</c>.</summary>
    Absolute,
}
