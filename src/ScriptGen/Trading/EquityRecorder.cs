using System.Runtime.CompilerServices;

namespace ScriptGen.Trading;

/// <summary>
/// The equity record of a run: equity at each bar's close (after all its fills), either for every bar (the
/// curve results and reports show) or only at the bars that end a calendar period (<see cref="PeriodEnds"/>, all
/// the Sharpe and Sortino ratios read, for sweeps: no bar-length array per run); and the drawdown and run-up of
/// equity sampled along each bar's path and at every fill (<see cref="EquityExtremes"/>), kept either way.
/// </summary>
internal sealed class EquityRecorder
{
    private readonly double[]? _curve;
    private readonly int[] _periodLastBars;
    private readonly double[] _periodEquity;
    private EquityExtremes _extremes;
    private int _period;
    private int _periodLastBar = int.MaxValue;

    private EquityRecorder(double[]? curve, int[] periodLastBars, double initialCapital)
    {
        _curve = curve;
        _periodLastBars = periodLastBars;
        _periodEquity = curve is null ? new double[periodLastBars.Length] : [];
        if (curve is null && periodLastBars.Length > 0)
        {
            _periodLastBar = periodLastBars[0];
        }

        _extremes = new EquityExtremes(initialCapital);
    }

    /// <summary>A recorder of every bar's equity.</summary>
    public static EquityRecorder EveryBar(int barCount, double initialCapital) => new(new double[barCount], [], initialCapital);

    /// <summary>A recorder of equity at the periods' last bars only.</summary>
    public static EquityRecorder AtPeriodEnds(PeriodEnds periods, double initialCapital) => new(null, periods.LastBars, initialCapital);

    /// <summary>Equity at each bar's close; empty when only period ends are recorded.</summary>
    public ReadOnlyMemory<double> Curve => _curve;

    /// <summary>Whether <see cref="Curve"/> holds every bar.</summary>
    public bool RecordsEveryBar => _curve is not null;

    /// <summary>Drawdown and run-up so far.</summary>
    public EquityExtremes Extremes => _extremes;

    /// <summary>The largest fall of sampled equity from a peak so far.</summary>
    public double MaxDrawdown => _extremes.MaxDrawdown;

    /// <summary>The largest rise of sampled equity from a trough so far.</summary>
    public double MaxRunUp => _extremes.MaxRunUp;

    /// <summary>
    /// Records <paramref name="equity"/> as bar <paramref name="bar"/>'s, at its close. A bar may be recorded more
    /// than once (a fill pass at the close follows the one at the open); the last value is the bar's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RecordBar(int bar, double equity)
    {
        if (_curve is not null)
        {
            _curve[bar] = equity;
        }
        else if (bar >= _periodLastBar)
        {
            RecordAtPeriodEnd(bar, equity);
        }
    }

    /// <summary>Whether <see cref="RecordBar"/> keeps bar <paramref name="bar"/>'s equity (every bar's, or a period's last).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Records(int bar) => _curve is not null || bar >= _periodLastBar;

    /// <summary>The first bar <see cref="Records"/> is true for from now on (0 when every bar is recorded), until a bar is recorded.</summary>
    public int FirstRecordedBar => _curve is not null ? 0 : _periodLastBar;

    /// <summary>Equity was <paramref name="equity"/> at a point of the path or a fill.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Sample(double equity) => _extremes.Sample(equity);

    /// <summary>
    /// Equity at each point of <paramref name="path"/> in order, the open trades of <paramref name="ledger"/> marked there,
    /// a point equal to the one before skipped (nothing moved). The extremes stay in registers for the bar's points.
    /// </summary>
    public void SampleAlong(ReadOnlySpan<double> path, TradeLedger ledger)
    {
        EquityExtremes extremes = _extremes;
        double previous = double.NaN;
        foreach (double price in path)
        {
            if (price != previous)
            {
                extremes.Sample(ledger.EquityAt(price));
                previous = price;
            }
        }

        _extremes = extremes;
    }

    /// <summary>
    /// <see cref="SampleAlong(ReadOnlySpan{double}, TradeLedger)"/> when <paramref name="trade"/> is the one open trade and
    /// <paramref name="closedEquity"/> the equity without it: the same values (<see cref="TradeLedger.EquityAt"/> adds the
    /// trade's open profit to the same sum), with the trade's fields read once for the bar's points.
    /// </summary>
    public void SampleAlong(ReadOnlySpan<double> path, Trade trade, double closedEquity)
    {
        EquityExtremes extremes = _extremes;
        double quantity = trade.Quantity;
        double commission = trade.EntryCommission;
        double previous = double.NaN;
        foreach (double price in path)
        {
            if (price != previous)
            {
                extremes.Sample(closedEquity + (trade.GrossProfitAt(price, quantity) - commission));
                previous = price;
            }
        }

        _extremes = extremes;
    }

    /// <summary>
    /// <see cref="SampleAlong(ReadOnlySpan{double}, Trade, double)"/> over the four points of <see cref="Models.TradingViewFillModel"/>'s
    /// path, given as values: the same samples, without the path written to memory and read back.
    /// </summary>
    public void SampleAlong(double open, double nearer, double farther, double close, Trade trade, double closedEquity)
    {
        EquityExtremes extremes = _extremes;
        double quantity = trade.Quantity;
        double commission = trade.EntryCommission;
        extremes.Sample(closedEquity + (trade.GrossProfitAt(open, quantity) - commission));
        if (nearer != open)
        {
            extremes.Sample(closedEquity + (trade.GrossProfitAt(nearer, quantity) - commission));
        }

        if (farther != nearer)
        {
            extremes.Sample(closedEquity + (trade.GrossProfitAt(farther, quantity) - commission));
        }

        if (close != farther)
        {
            extremes.Sample(closedEquity + (trade.GrossProfitAt(close, quantity) - commission));
        }

        _extremes = extremes;
    }

    /// <summary>Equity at each of <paramref name="periods"/>' last bars (the periods this recorder was made with when it records period ends only).</summary>
    public double[] EquityAt(PeriodEnds periods)
    {
        if (_curve is null)
        {
            return _periodEquity;
        }

        var values = new double[periods.LastBars.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = _curve[periods.LastBars[i]];
        }

        return values;
    }

    /// <summary>A bar at or past the current period's last bar: moves to the period holding it and records it if it is that period's last bar.</summary>
    private void RecordAtPeriodEnd(int bar, double equity)
    {
        while (_period < _periodLastBars.Length && _periodLastBars[_period] < bar)
        {
            _period++;
        }

        if (_period == _periodLastBars.Length)
        {
            _periodLastBar = int.MaxValue;
            return;
        }

        _periodLastBar = _periodLastBars[_period];
        if (bar == _periodLastBar)
        {
            _periodEquity[_period] = equity;
        }
    }
}
