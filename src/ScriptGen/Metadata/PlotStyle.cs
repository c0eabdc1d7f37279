namespace ScriptGen;

/// <summary>How <c>chart.Plot</c> draws its values: Pine's <c>plot.style_*</c>.</summary>
public enum PlotStyle
{
    /// <summary>A line joining the values, across na bars. Pine's <c>plot.style_line</c> (the default).</summary>
    Line,

    /// <summary>A line broken where the value is na. Pine's <c>plot.style_linebr</c>.</summary>
    LineBr,

    /// <summary>Steps: the value held flat until the next bar's. Pine's <c>plot.style_stepline</c>.</summary>
    StepLine,

    /// <summary>Thin vertical bars from <see cref="PlotMetadata.HistBase"/> to each value. Pine's <c>plot.style_histogram</c>.</summary>
    Histogram,

    /// <summary>Bar-wide columns from <see cref="PlotMetadata.HistBase"/> to each value. Pine's <c>plot.style_columns</c>.</summary>
    Columns,

    /// <summary>A circle at each value. Pine's <c>plot.style_circles</c>.</summary>
    Circles,

    /// <summary>A cross at each value. Pine's <c>plot.style_cross</c>.</summary>
    Cross,

    /// <summary>A line with the area down to <see cref="PlotMetadata.HistBase"/> filled, across na bars. Pine's <c>plot.style_area</c>.</summary>
    Area,

    /// <summary>An area broken where the value is na. Pine's <c>plot.style_areabr</c>.</summary>
    AreaBr,
}
