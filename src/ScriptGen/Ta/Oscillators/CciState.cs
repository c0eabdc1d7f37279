using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.cci</c>: the commodity channel index,
/// <c>(source - sma(source, length)) / (0.015 * dev(source, length))</c>, where <c>dev</c> is the mean
/// absolute deviation from that average.
/// </summary>
/// <remarks>
/// <para>
/// Pine's definition: <c>dev</c> sums <c>|source[i] - mean|</c> over the last <c>length</c> values the
/// call saw, na included, so the index is na on an na bar and while an na is in that window (the
/// average itself is <see cref="SmaState"/>'s, na-compacted). Warm-up: bar <c>length - 1</c> without na.
/// </para>
/// <para>O(log length) per bar: see <see cref="MeanDeviationWindow"/>.</para>
/// </remarks>
public struct CciState : IRestorableState<CciState>
{
    private int _length;
    private MeanDeviationWindow _window;

    /// <summary>Commodity channel index: <c>(source - sma) / (0.015 * mean absolute deviation)</c>.</summary>
    [PineFunction("ta.cci", InPlace = nameof(UpdateInPlace))]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("cci", length, _length);
        (double mean, double deviation) = _window.Update(source, length);
        return (source - mean) / (0.015 * deviation);
    }

    /// <summary>The same, with <paramref name="source"/> a bar column whose history is read in place (a call made on every bar).</summary>
    internal double UpdateInPlace(PriceSeries source, int length)
    {
        _length = TaArguments.Checked("cci", length, _length);
        (double mean, double deviation) = _window.UpdateInPlace(source, length);
        return (source[0] - mean) / (0.015 * deviation);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref CciState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
