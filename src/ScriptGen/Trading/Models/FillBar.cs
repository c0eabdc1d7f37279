namespace ScriptGen.Trading.Models;

/// <summary>
/// The bar orders fill on, as the fill, commission and slippage models see it: its index, open time,
/// prices and volume, and the symbol's tick size and point value.
/// </summary>
/// <param name="Index">The bar's 0-based index.</param>
/// <param name="Time">The bar's open time, Unix milliseconds UTC.</param>
/// <param name="Open">The open.</param>
/// <param name="High">The high.</param>
/// <param name="Low">The low.</param>
/// <param name="Close">The close.</param>
/// <param name="MinTick">The symbol's tick size.</param>
public readonly record struct FillBar(int Index, long Time, double Open, double High, double Low, double Close, double MinTick)
{
    /// <summary>The bar's volume; na (NaN) when the bars have none.</summary>
    public double Volume { get; init; } = double.NaN;

    /// <summary>The symbol's point value: the currency value of a one-point move of one unit. Default 1.</summary>
    public double PointValue { get; init; } = 1;
}
