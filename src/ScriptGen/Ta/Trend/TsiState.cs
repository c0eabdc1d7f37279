using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.tsi(source, shortLength, longLength)</c>: the true strength index, in -1..1:
/// <c>ema(ema(m, long), short) / ema(ema(|m|, long), short)</c> with <c>m</c> the change of the source.
/// </summary>
/// <remarks>
/// As PyneCore computes it (validated against TradingView's export): an na source returns na and
/// advances nothing, so the momentum is taken from the last defined value; each EMA skips the bars
/// its input is na (the outer EMAs start once the inner ones are defined). First value: call
/// <c>longLength + shortLength - 1</c>. na when the smoothed absolute momentum is 0.
/// </remarks>
public struct TsiState : IRestorableState<TsiState>
{
    private int _shortLength;
    private int _longLength;
    private double _previous;
    private bool _hasPrevious;
    private EmaState _momentum;
    private EmaState _absoluteMomentum;
    private EmaState _smoothedMomentum;
    private EmaState _smoothedAbsoluteMomentum;

    /// <summary>True strength index, in -1..1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A length below 1.</exception>
    /// <exception cref="ArgumentException">A length that differs from the call site's first.</exception>
    [PineFunction("ta.tsi", Signature = "ta.tsi(source, short_length, long_length)")]
    public double Update([Series] double source, [WindowLength] int shortLength, [WindowLength] int longLength)
    {
        _shortLength = TaArguments.Checked("tsi", nameof(shortLength), shortLength, _shortLength);
        _longLength = TaArguments.Checked("tsi", nameof(longLength), longLength, _longLength);
        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        double momentum = _hasPrevious ? source - _previous : double.NaN;
        _previous = source;
        _hasPrevious = true;
        if (double.IsNaN(momentum))
        {
            return double.NaN;
        }

        double smoothed = _momentum.Update(momentum, longLength);
        double smoothedAbsolute = _absoluteMomentum.Update(Math.Abs(momentum), longLength);
        if (double.IsNaN(smoothed) || double.IsNaN(smoothedAbsolute))
        {
            return double.NaN;
        }

        double numerator = _smoothedMomentum.Update(smoothed, shortLength);
        double denominator = _smoothedAbsoluteMomentum.Update(smoothedAbsolute, shortLength);
        return double.IsNaN(denominator) || denominator == 0 ? double.NaN : numerator / denominator;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref TsiState target)
    {
        target._shortLength = _shortLength;
        target._longLength = _longLength;
        target._previous = _previous;
        target._hasPrevious = _hasPrevious;
        _momentum.CopyTo(ref target._momentum);
        _absoluteMomentum.CopyTo(ref target._absoluteMomentum);
        _smoothedMomentum.CopyTo(ref target._smoothedMomentum);
        _smoothedAbsoluteMomentum.CopyTo(ref target._smoothedAbsoluteMomentum);
    }
}
