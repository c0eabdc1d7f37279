using System.Runtime.CompilerServices;

namespace ScriptGen.Trading;

/// <summary>
/// Max drawdown and max run-up of the equity, tracked as the broker samples equity along each bar's
/// assumed path (its points and every fill), so no pass over the equity curve is needed afterwards.
/// </summary>
internal struct EquityExtremes
{
    private double _peak;
    private double _trough;

    public EquityExtremes(double initialCapital)
    {
        _peak = _trough = initialCapital;
        MaxDrawdown = MaxDrawdownPercent = MaxRunUp = MaxRunUpPercent = 0;
    }

    /// <summary>The largest fall from a peak of equity (initial capital included) to a later value.</summary>
    public double MaxDrawdown { get; private set; }

    /// <summary>The largest such fall as a percent of the peak it fell from (possibly another fall than <see cref="MaxDrawdown"/>).</summary>
    public double MaxDrawdownPercent { get; private set; }

    /// <summary>The largest rise from a trough of equity (initial capital included) to a later value.</summary>
    public double MaxRunUp { get; private set; }

    /// <summary>The largest such rise as a percent of the trough it rose from.</summary>
    public double MaxRunUpPercent { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Sample(double equity)
    {
        if (equity > _peak)
        {
            _peak = equity;
        }
        else if (_peak - equity > 0)
        {
            double fall = _peak - equity;
            MaxDrawdown = Math.Max(MaxDrawdown, fall);
            MaxDrawdownPercent = Math.Max(MaxDrawdownPercent, fall / _peak * 100);
        }

        if (equity < _trough)
        {
            _trough = equity;
        }
        else if (equity - _trough > 0)
        {
            double rise = equity - _trough;
            MaxRunUp = Math.Max(MaxRunUp, rise);
            MaxRunUpPercent = Math.Max(MaxRunUpPercent, _trough > 0 ? rise / _trough * 100 : double.NaN);
        }
    }
}
