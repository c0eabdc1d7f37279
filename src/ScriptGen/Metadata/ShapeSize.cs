namespace ScriptGen;

/// <summary>How large <c>chart.PlotShape</c> and <c>chart.PlotChar</c> draw: Pine's <c>size.*</c>.</summary>
public enum ShapeSize
{
    /// <summary>Chosen by the chart (small). Pine's <c>size.auto</c> (the default).</summary>
    Auto,

    /// <summary>Pine's <c>size.tiny</c>.</summary>
    Tiny,

    /// <summary>Pine's <c>size.small</c>.</summary>
    Small,

    /// <summary>Pine's <c>size.normal</c>.</summary>
    Normal,

    /// <summary>Pine's <c>size.large</c>.</summary>
    Large,

    /// <summary>Pine's <c>size.huge</c>.</summary>
    Huge,
}
