using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's <c>ta</c> namespace: the implementation behind a script's <c>ta.*</c> calls. Stateless
/// (each call site's state is passed by <c>ref</c> from the script), so one instance serves any
/// number of parallel runs.
/// </summary>
/// <remarks>
/// To change how a function computes for the scripts of an engine, subclass this, override the
/// function, and register the instance under <c>"ta"</c>
/// (<see cref="RuntimeEnvironment.RegisterNamespace"/>). Every <c>ta</c> call of those scripts,
/// intercepted ones included, then goes through the override. Scripts call the facade,
/// <see cref="PineTa"/>; each method here is the facade method of the same name with the call
/// site's state first and the bar values it needs spelled out.
/// </remarks>
public class TaNamespace
{
    /// <summary>The shared default instance.</summary>
    public static TaNamespace Default { get; } = new();

    /// <summary><c>ta.sma(source, length)</c>: simple moving average.</summary>
    public virtual double Sma(ref SmaState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.ema(source, length)</c>: exponential moving average.</summary>
    public virtual double Ema(ref EmaState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.rma(source, length)</c>: Wilder's moving average.</summary>
    public virtual double Rma(ref RmaState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.rsi(source, length)</c>: relative strength index.</summary>
    public virtual double Rsi(ref RsiState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.crossover(source1, source2)</c>.</summary>
    public virtual bool Crossover(ref CrossoverState state, double source1, double source2) => state.Update(source1, source2);

    /// <summary><c>ta.crossunder(source1, source2)</c>.</summary>
    public virtual bool Crossunder(ref CrossunderState state, double source1, double source2) => state.Update(source1, source2);

    /// <summary><c>ta.highest(source, length)</c>: highest value of the last <paramref name="length"/> bars.</summary>
    public virtual double Highest(ref HighestState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.lowest(source, length)</c>: lowest value of the last <paramref name="length"/> bars.</summary>
    public virtual double Lowest(ref LowestState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.tr(handle_na)</c>: true range (stateless: it reads the bar series' previous close).</summary>
    public virtual double Tr(double high, double low, double previousClose, bool handleNa) =>
        TrueRange.Compute(high, low, previousClose, handleNa);

    /// <summary><c>ta.atr(length)</c>: average true range, <c>rma(tr(true), length)</c>.</summary>
    public virtual double Atr(ref AtrState state, double high, double low, double previousClose, int length) =>
        state.Update(high, low, previousClose, length);

    /// <summary><c>ta.stdev(source, length, biased)</c>: standard deviation.</summary>
    public virtual double Stdev(ref StdevState state, double source, int length, bool biased) =>
        state.Update(source, length, biased);
}
