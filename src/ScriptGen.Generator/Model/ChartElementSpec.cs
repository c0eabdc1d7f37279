namespace ScriptGen.Generator.Model;

/// <summary>The metadata lists of the chart elements other than plots (which have <see cref="PlotSpec"/>).</summary>
internal enum ChartList
{
    /// <summary><c>ScriptMetadata.Shapes</c>: <c>chart.PlotShape</c>, <c>chart.PlotChar</c>.</summary>
    Shapes,

    /// <summary><c>ScriptMetadata.Candles</c>: <c>chart.PlotCandle</c>, <c>chart.PlotBar</c>.</summary>
    Candles,

    /// <summary><c>ScriptMetadata.HLines</c>: <c>chart.HLine</c>.</summary>
    HLines,

    /// <summary><c>ScriptMetadata.Fills</c>: <c>chart.Fill</c>.</summary>
    Fills,

    /// <summary><c>ScriptMetadata.BarColors</c>: <c>chart.BarColor</c>, <c>chart.BgColor</c>.</summary>
    BarColors,
}

/// <summary>
/// One drawing call site other than <c>chart.Plot</c>: the list of the script's metadata it belongs to, its
/// position there, and its metadata as a C# expression (title and constant style arguments).
/// </summary>
internal sealed record ChartElementSpec(ChartList List, int Index, string MetadataExpression);
