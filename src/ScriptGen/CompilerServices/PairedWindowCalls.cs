using System.ComponentModel;
using System.Runtime.CompilerServices;
using ScriptGen.Ta;

namespace ScriptGen.CompilerServices;

/// <summary>
/// The calls of the generated bar loop for a <c>ta.sma</c> and a later <c>ta.stdev</c> of the same bar column and the same
/// fixed length, both on every bar (Bollinger Bands: <c>basis = ta.sma(close, length)</c>,
/// <c>dev = mult * ta.stdev(close, length)</c>). The deviation keeps the window's rolling sum, which is the average's own
/// machine on the same values, so the pair keeps one window instead of two: the average feeds the deviation's state and
/// returns its mean, and the deviation reads what was fed. The values are the unpaired calls' to the bit. Not for
/// hand-written code.
/// </summary>
/// <remarks>
/// The deviation's call checks that the average fed the state on this very bar: in a sweep, the average's value may come
/// from a shared series instead, and then the deviation feeds the state itself, as its own call would. Only the inline
/// bar loop pairs; a run calling <c>Process()</c> keeps a state per call, so a registered <c>ta</c> sees every call.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PairedWindowCalls
{
    /// <summary><c>ta.sma(source, length)</c>, fed into the paired <c>ta.stdev</c> call's <paramref name="state"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SmaIntoStdev(Script owner, ref StdevState state, double source, int length) =>
        state.UpdateForMean(source, length, BarValues.BarIndex(owner));

    /// <summary><c>ta.stdev(source, length, biased)</c> after its paired <c>ta.sma</c> call (<see cref="SmaIntoStdev"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double StdevAfterSma(Script owner, ref StdevState state, double source, int length, bool biased) =>
        state.UpdateAfterMean(source, length, biased, BarValues.BarIndex(owner));
}
