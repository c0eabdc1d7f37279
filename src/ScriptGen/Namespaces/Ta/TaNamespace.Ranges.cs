using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta highs, lows and ranges: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.highest(source, length)</c>: highest value of the last <paramref name="length"/> bars.</summary>
    public virtual double Highest(ref HighestState state, double source, int length, int barIndex) =>
        state.Update(source, length, barIndex);

    /// <summary><c>ta.lowest(source, length)</c>: lowest value of the last <paramref name="length"/> bars.</summary>
    public virtual double Lowest(ref LowestState state, double source, int length, int barIndex) =>
        state.Update(source, length, barIndex);

    /// <summary><c>ta.highestbars(source, length)</c>: offset (0 or negative) of the highest value of the last <paramref name="length"/> bars.</summary>
    public virtual double Highestbars(ref HighestbarsState state, double source, int length, int barIndex) =>
        state.Update(source, length, barIndex);

    /// <summary><c>ta.lowestbars(source, length)</c>: offset (0 or negative) of the lowest value of the last <paramref name="length"/> bars.</summary>
    public virtual double Lowestbars(ref LowestbarsState state, double source, int length, int barIndex) =>
        state.Update(source, length, barIndex);

    /// <summary><c>ta.range(source, length)</c>: highest minus lowest value of the last <paramref name="length"/> bars.</summary>
    public virtual double Range(ref RangeState state, double source, int length, int barIndex) =>
        state.Update(source, length, barIndex);

    /// <summary><c>ta.max(source)</c>: all-time highest value.</summary>
    public virtual double Max(ref MaxState state, double source) => state.Update(source);

    /// <summary><c>ta.min(source)</c>: all-time lowest value.</summary>
    public virtual double Min(ref MinState state, double source) => state.Update(source);

    /// <summary><c>ta.tr(handle_na)</c>: true range (stateless: it reads the bar series' previous close).</summary>
    public virtual double Tr(double high, double low, double previousClose, bool handleNa) =>
        TrueRange.Compute(high, low, previousClose, handleNa);

    /// <summary><c>ta.atr(length)</c>: average true range, <c>rma(tr(true), length)</c>.</summary>
    public virtual double Atr(ref AtrState state, double high, double low, double previousClose, int length) =>
        state.Update(high, low, previousClose, length);
}
