using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.kcw(series, length, mult, useTrueRange)</c>: the Keltner channels' width
/// relative to the middle line, <c>(upper - lower) / middle</c> (<see cref="KcState"/>); na while
/// the channels are, and when the middle line is 0.
/// </summary>
public struct KcwState : IRestorableState<KcwState>
{
    private KcState _channels;

    /// <summary>Keltner channels width, <c>(upper - lower) / middle</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first.</exception>
    [PineFunction("ta.kcw")]
    public double Update(
        [Series] double series,
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.PreviousClose)] double previousClose,
        [WindowLength] int length,
        double mult,
        bool useTrueRange = true)
    {
        (double middle, double upper, double lower) = _channels.Update(series, high, low, previousClose, length, mult, useTrueRange, "kcw");
        return double.IsNaN(middle) || middle == 0 ? double.NaN : (upper - lower) / middle;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref KcwState target)
    {
        _channels.CopyTo(ref target._channels);
    }
}
