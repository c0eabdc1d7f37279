namespace ScriptGen;

/// <summary>The shape <c>chart.PlotShape</c> draws: Pine's <c>shape.*</c>.</summary>
public enum ShapeStyle
{
    /// <summary>A diagonal cross. Pine's <c>shape.xcross</c> (the default).</summary>
    XCross,

    /// <summary>An upright cross. Pine's <c>shape.cross</c>.</summary>
    Cross,

    /// <summary>A circle. Pine's <c>shape.circle</c>.</summary>
    Circle,

    /// <summary>A triangle pointing up. Pine's <c>shape.triangleup</c>.</summary>
    TriangleUp,

    /// <summary>A triangle pointing down. Pine's <c>shape.triangledown</c>.</summary>
    TriangleDown,

    /// <summary>A flag. Pine's <c>shape.flag</c>.</summary>
    Flag,

    /// <summary>An arrow pointing up. Pine's <c>shape.arrowup</c>.</summary>
    ArrowUp,

    /// <summary>An arrow pointing down. Pine's <c>shape.arrowdown</c>.</summary>
    ArrowDown,

    /// <summary>A label pointing up (its text below it). Pine's <c>shape.labelup</c>.</summary>
    LabelUp,

    /// <summary>A label pointing down (its text above it). Pine's <c>shape.labeldown</c>.</summary>
    LabelDown,

    /// <summary>A square. Pine's <c>shape.square</c>.</summary>
    Square,

    /// <summary>A diamond. Pine's <c>shape.diamond</c>.</summary>
    Diamond,
}
