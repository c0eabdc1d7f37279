using System.Runtime.CompilerServices;

namespace ScriptGen.Trading;

/// <summary>
/// Max drawdown and max run-up of the equity, tracked as the broker samples equity along each bar's
/// assumed path (its points and every fill), so no pass over the equity curve is needed afterwards.
/// </summary>
/// <remarks>
/// The percents divide a fall by its peak (a rise by its trough). Division by one positive number is
/// monotonic, so within one peak the largest percent is the largest fall's: each peak's largest fall is
/// divided once, when a new peak ends it (or when read), instead of once per sample. The result is the
/// same double as dividing every sample.
/// </remarks>
internal struct EquityExtremes
{
    private double _peak;
    private double _peakFall;
    private double _fallPercent;
    private double _trough;
    private double _troughRise;
    private double _risePercent;

    public EquityExtremes(double initialCapital)
    {
        _peak = _trough = initialCapital;
        _peakFall = _fallPercent = _troughRise = _risePercent = 0;
        MaxDrawdown = MaxRunUp = 0;
    }

    /// <summary>The largest fall from a peak of equity (initial capital included) to a later value.</summary>
    public double MaxDrawdown { get; private set; }

    /// <summary>The largest fall as a percent of the peak it fell from (possibly another fall than <see cref="MaxDrawdown"/>).</summary>
    public readonly double MaxDrawdownPercent => Math.Max(_fallPercent, _peakFall > 0 ? _peakFall / _peak * 100 : 0);

    /// <summary>The largest rise from a trough of equity (initial capital included) to a later value.</summary>
    public double MaxRunUp { get; private set; }

    /// <summary>The largest rise as a percent of the trough it rose from.</summary>
    public readonly double MaxRunUpPercent => Math.Max(_risePercent, _troughRise > 0 ? _troughRise / _trough * 100 : 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Sample(double equity)
    {
        if (equity > _peak)
        {
            if (_peakFall > 0)
            {
                _fallPercent = Math.Max(_fallPercent, _peakFall / _peak * 100);
                _peakFall = 0;
            }

            _peak = equity;
        }
        else if (_peak - equity > _peakFall)
        {
            _peakFall = _peak - equity;
            MaxDrawdown = Math.Max(MaxDrawdown, _peakFall);
        }

        if (equity < _trough)
        {
            if (_troughRise > 0)
            {
                _risePercent = Math.Max(_risePercent, _troughRise / _trough * 100);
                _troughRise = 0;
            }

            _trough = equity;
        }
        else if (equity - _trough > _troughRise)
        {
            _troughRise = equity - _trough;
            MaxRunUp = Math.Max(MaxRunUp, _troughRise);
        }
    }
}
