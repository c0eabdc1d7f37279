using System.ComponentModel;
using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

/// <summary>
/// A script's view of Pine's <c>ta</c> namespace: what <c>ta.Ema(close, 9)</c> calls. Every call
/// site gets its own state (Pine's rule) through a generated interceptor, so these methods are only
/// meaningful inside a script compiled by the ScriptGen generator, called on the script's own
/// <c>ta</c>.
/// </summary>
/// <remarks>
/// A call site's state advances only on bars where the call runs, as in Pine; the generator reports
/// calls in loops, lambdas and local functions, where one call site would run several times a bar.
/// </remarks>
public readonly struct PineTa
{
    internal PineTa(Script owner, TaNamespace implementation)
    {
        Owner = owner;
        Namespace = implementation;
    }

    /// <summary>The script making the calls (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Script Owner { get; }

    /// <summary>The registered <c>ta</c> implementation (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TaNamespace Namespace { get; }

    /// <summary>Simple moving average of the last <paramref name="length"/> non-na values. Pine: <c>ta.sma(source, length)</c>.</summary>
    public double Sma(double source, int length) => throw CallSites.NotIntercepted("ta.Sma");

    /// <summary>
    /// Exponential moving average, alpha = 2 / (length + 1), seeded by the SMA of the first
    /// <paramref name="length"/> values. Pine: <c>ta.ema(source, length)</c>.
    /// </summary>
    public double Ema(double source, int length) => throw CallSites.NotIntercepted("ta.Ema");

    /// <summary>
    /// Wilder's moving average, alpha = 1 / length, seeded by the SMA of the first
    /// <paramref name="length"/> values. Pine: <c>ta.rma(source, length)</c>.
    /// </summary>
    public double Rma(double source, int length) => throw CallSites.NotIntercepted("ta.Rma");

    /// <summary>Relative strength index. Pine: <c>ta.rsi(source, length)</c>.</summary>
    public double Rsi(double source, int length) => throw CallSites.NotIntercepted("ta.Rsi");

    /// <summary>
    /// Whether <paramref name="source1"/> crossed over <paramref name="source2"/> on this bar: above
    /// now, at or below on the last bar both were defined. Pine: <c>ta.crossover(source1, source2)</c>.
    /// </summary>
    public bool Crossover(double source1, double source2) => throw CallSites.NotIntercepted("ta.Crossover");

    /// <summary>
    /// Whether <paramref name="source1"/> crossed under <paramref name="source2"/> on this bar.
    /// Pine: <c>ta.crossunder(source1, source2)</c>.
    /// </summary>
    public bool Crossunder(double source1, double source2) => throw CallSites.NotIntercepted("ta.Crossunder");

    /// <summary>Highest value of the last <paramref name="length"/> bars. Pine: <c>ta.highest(source, length)</c>.</summary>
    public double Highest(double source, int length) => throw CallSites.NotIntercepted("ta.Highest");

    /// <summary>Highest <c>high</c> of the last <paramref name="length"/> bars. Pine: <c>ta.highest(length)</c>.</summary>
    [ImplicitArgument("source", "high")]
    public double Highest(int length) => throw CallSites.NotIntercepted("ta.Highest");

    /// <summary>Lowest value of the last <paramref name="length"/> bars. Pine: <c>ta.lowest(source, length)</c>.</summary>
    public double Lowest(double source, int length) => throw CallSites.NotIntercepted("ta.Lowest");

    /// <summary>Lowest <c>low</c> of the last <paramref name="length"/> bars. Pine: <c>ta.lowest(length)</c>.</summary>
    [ImplicitArgument("source", "low")]
    public double Lowest(int length) => throw CallSites.NotIntercepted("ta.Lowest");

    /// <summary>
    /// True range: <c>max(high - low, |high - close[1]|, |low - close[1]|)</c>. On the first bar it is
    /// na, or <c>high - low</c> when <paramref name="handleNa"/> is true. Pine: <c>ta.tr</c> /
    /// <c>ta.tr(handle_na)</c>.
    /// </summary>
    public double Tr(bool handleNa = false) => throw CallSites.NotIntercepted("ta.Tr");

    /// <summary>Average true range: <c>rma(tr(true), length)</c>. Pine: <c>ta.atr(length)</c>.</summary>
    public double Atr(int length) => throw CallSites.NotIntercepted("ta.Atr");

    /// <summary>
    /// Standard deviation of the last <paramref name="length"/> non-na values; population (biased)
    /// unless <paramref name="biased"/> is false. Pine: <c>ta.stdev(source, length, biased)</c>.
    /// </summary>
    public double Stdev(double source, int length, bool biased = true) => throw CallSites.NotIntercepted("ta.Stdev");
}
