using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.dev(source, length)</c>: the mean absolute deviation of the last
/// <c>length</c> values from their mean, <c>sum(|source[i] - sma(source, length)|) / length</c>.
/// </summary>
/// <remarks>
/// <para>Pine's definition: the deviations run over the last <c>length</c> values this call site was
/// given, na included, so the result is na while an na is among them (and during the first
/// <c>length - 1</c> calls); the mean is <c>ta.sma</c>'s, TradingView's rolling sum over the
/// na-compacted window. A length of 1 is always 0, as on TradingView (measured by PyneCore).</para>
/// <para>O(log length) per bar: see <see cref="MeanDeviationWindow"/>.</para>
/// </remarks>
public struct DevState : IRestorableState<DevState>
{
    private int _length;
    private MeanDeviationWindow _window;

    /// <summary>Mean absolute deviation of the last <paramref name="length"/> values from their mean; na while an na is among them.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    [PineFunction("ta.dev", InPlace = nameof(UpdateInPlace))]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("dev", length, _length);
        return length == 1 ? 0 : _window.Update(source, length).Deviation;
    }

    /// <summary>The same, with <paramref name="source"/> a bar column whose history is read in place (a call made on every bar).</summary>
    internal double UpdateInPlace(PriceSeries source, int length)
    {
        _length = TaArguments.Checked("dev", length, _length);
        return length == 1 ? 0 : _window.UpdateInPlace(source, length).Deviation;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref DevState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
