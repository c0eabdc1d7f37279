using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.macd</c>: the MACD line <c>ema(source, fast) - ema(source, slow)</c>, its
/// signal line <c>ema(macd, signal)</c>, and the histogram <c>macd - signal</c>.
/// </summary>
/// <remarks>
/// The averages are <see cref="EmaState"/>'s (na skipped without advancing). The line is na until both
/// averages exist (bar <c>max(fast, slow) - 1</c> without na), the signal and histogram until the
/// signal average has <c>signal</c> values of the line (bar <c>max(fast, slow) + signal - 2</c>).
/// </remarks>
public struct MacdState : IRestorableState<MacdState>
{
    private int _fastLength;
    private int _slowLength;
    private int _signalLength;
    private EmaState _fast;
    private EmaState _slow;
    private EmaState _signal;

    /// <summary>MACD: the line <c>ema(source, fastLength) - ema(source, slowLength)</c>, its signal <c>ema(line, signalLength)</c> and the histogram <c>line - signal</c>; deconstruct it with <c>var (macd, signal, histogram) = ta.Macd(close, 12, 26, 9)</c>.</summary>
    [PineFunction("ta.macd", Signature = "[macd, signal, histogram] = ta.macd(source, fastlen, slowlen, siglen)")]
    public (double Macd, double Signal, double Histogram) Update(
        [Series] double source,
        [WindowLength] int fastLength,
        [WindowLength] int slowLength,
        [WindowLength] int signalLength)
    {
        _fastLength = TaArguments.Checked("macd", nameof(fastLength), fastLength, _fastLength);
        _slowLength = TaArguments.Checked("macd", nameof(slowLength), slowLength, _slowLength);
        _signalLength = TaArguments.Checked("macd", nameof(signalLength), signalLength, _signalLength);
        double fast = _fast.Update(source, fastLength);
        double slow = _slow.Update(source, slowLength);
        if (double.IsNaN(fast) || double.IsNaN(slow))
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        double macd = fast - slow;
        double signal = _signal.Update(macd, signalLength);
        return double.IsNaN(signal) ? (macd, double.NaN, double.NaN) : (macd, signal, macd - signal);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref MacdState target)
    {
        target._fastLength = _fastLength;
        target._slowLength = _slowLength;
        target._signalLength = _signalLength;
        _fast.CopyTo(ref target._fast);
        _slow.CopyTo(ref target._slow);
        _signal.CopyTo(ref target._signal);
    }
}
