using System.Runtime.CompilerServices;

namespace ScriptGen.Trading;

/// <summary>
/// The equity record of a run: one value per bar (equity at its close, after all its fills) and the
/// drawdown and run-up of equity sampled along each bar's path and at every fill
/// (<see cref="EquityExtremes"/>).
/// </summary>
internal sealed class EquityRecorder
{
    private readonly double[] _curve;
    private EquityExtremes _extremes;

    public EquityRecorder(int barCount, double initialCapital)
    {
        _curve = new double[barCount];
        _extremes = new EquityExtremes(initialCapital);
    }

    /// <summary>Equity at each bar's close.</summary>
    public ReadOnlyMemory<double> Curve => _curve;

    /// <summary>Drawdown and run-up so far.</summary>
    public EquityExtremes Extremes => _extremes;

    /// <summary>The largest fall of sampled equity from a peak so far.</summary>
    public double MaxDrawdown => _extremes.MaxDrawdown;

    /// <summary>The largest rise of sampled equity from a trough so far.</summary>
    public double MaxRunUp => _extremes.MaxRunUp;

    /// <summary>Records <paramref name="equity"/> as bar <paramref name="bar"/>'s, at its close.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RecordBar(int bar, double equity) => _curve[bar] = equity;

    /// <summary>Equity was <paramref name="equity"/> at a point of the path or a fill.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Sample(double equity) => _extremes.Sample(equity);
}
