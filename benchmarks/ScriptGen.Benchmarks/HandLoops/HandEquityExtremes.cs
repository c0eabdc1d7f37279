using System.Runtime.CompilerServices;

namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// The hand loops' max drawdown and run-up of sampled equity, amount and percent: a fall's percent is
/// computed once per peak from its largest fall (division by one number is monotonic), as the broker does.
/// </summary>
internal struct HandEquityExtremes
{
    public double Peak;
    public double PeakFall;
    public double FallPercent;
    public double Trough;
    public double TroughRise;
    public double RisePercent;
    public double MaxDrawdown;
    public double MaxRunUp;

    public HandEquityExtremes(double capital)
    {
        Peak = Trough = capital;
    }

    public readonly double MaxDrawdownPercent => Math.Max(FallPercent, PeakFall > 0 ? PeakFall / Peak * 100 : 0);

    public readonly double MaxRunUpPercent => Math.Max(RisePercent, TroughRise > 0 ? TroughRise / Trough * 100 : 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Sample(double value)
    {
        if (value > Peak)
        {
            if (PeakFall > 0)
            {
                FallPercent = Math.Max(FallPercent, PeakFall / Peak * 100);
                PeakFall = 0;
            }

            Peak = value;
        }
        else if (Peak - value > PeakFall)
        {
            PeakFall = Peak - value;
            MaxDrawdown = Math.Max(MaxDrawdown, PeakFall);
        }

        if (value < Trough)
        {
            if (TroughRise > 0)
            {
                RisePercent = Math.Max(RisePercent, TroughRise / Trough * 100);
                TroughRise = 0;
            }

            Trough = value;
        }
        else if (value - Trough > TroughRise)
        {
            TroughRise = value - Trough;
            MaxRunUp = Math.Max(MaxRunUp, TroughRise);
        }
    }
}
