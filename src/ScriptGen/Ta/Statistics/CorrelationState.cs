using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.correlation</c>: the Pearson correlation of two sources over the last
/// <c>length</c> bars.
/// </summary>
/// <remarks>
/// <para>
/// As PyneCore measured bit for bit on TradingView: five TradingView rolling sums
/// (<see cref="PineRollingSum"/>) of <c>x</c>, <c>y</c>, <c>x·y</c>, <c>x²</c>, <c>y²</c>, each
/// na-compacted on its own and all fed on every call; with <c>mx = Σx / n</c>, <c>my = Σy / n</c>,
/// <c>cov = Σxy / n - mx·my</c>: 0 when <c>|cov|</c> is within <see cref="PineComparison.Epsilon"/>,
/// otherwise <c>cov / sqrt(max(0, Σx²/n - mx²) · max(0, Σy²/n - my²))</c> (one square root of the
/// product), na when that product is 0 (a constant source).
/// </para>
/// <para>
/// na until all five sums are full: while one source is na longer than the other (a warm-up), their
/// sums start on different bars, as on TradingView.
/// </para>
/// </remarks>
public struct CorrelationState : IRestorableState<CorrelationState>
{
    private int _length;
    private PineRollingSum _x;
    private PineRollingSum _y;
    private PineRollingSum _xy;
    private PineRollingSum _xx;
    private PineRollingSum _yy;

    /// <summary>Pearson correlation of <paramref name="source1"/> and <paramref name="source2"/> over the last <paramref name="length"/> bars, from -1 to 1.</summary>
    [PineFunction("ta.correlation")]
    public double Update([Series] double source1, [Series] double source2, [WindowLength] int length)
    {
        _length = TaArguments.Checked("correlation", length, _length);
        double sx = _x.Add(source1, length);
        double sy = _y.Add(source2, length);
        double sxy = _xy.Add(source1 * source2, length);
        double sxx = _xx.Add(source1 * source1, length);
        double syy = _yy.Add(source2 * source2, length);
        if (double.IsNaN(sx) || double.IsNaN(sy) || double.IsNaN(sxy) || double.IsNaN(sxx) || double.IsNaN(syy))
        {
            return double.NaN;
        }

        double mx = sx / length;
        double my = sy / length;
        double covariance = sxy / length - mx * my;
        if (covariance >= -PineComparison.Epsilon && covariance <= PineComparison.Epsilon)
        {
            return 0.0;
        }

        double varianceProduct = Math.Max(0.0, sxx / length - mx * mx) * Math.Max(0.0, syy / length - my * my);
        return varianceProduct == 0.0 ? double.NaN : covariance / Math.Sqrt(varianceProduct);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref CorrelationState target)
    {
        target._length = _length;
        _x.CopyTo(ref target._x);
        _y.CopyTo(ref target._y);
        _xy.CopyTo(ref target._xy);
        _xx.CopyTo(ref target._xx);
        _yy.CopyTo(ref target._yy);
    }
}
