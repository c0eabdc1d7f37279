namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// What a developer would write by hand for <c>ta.accdist</c>, <c>ta.pvi</c>, <c>ta.pvt</c>,
/// <c>ta.wad</c>, <c>ta.wvad</c> and <c>ta.vwap(hlc3, anchor)</c> with bands, anchored on the 00:00 UTC
/// bar: running totals over arrays, one pass.
/// </summary>
public static class VolumeFlowHandLoop
{
    public static SeriesChecksum Run(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume, double stdevMult)
    {
        var checksum = new SeriesChecksum();
        double accdist = 0, pvi = 1, pvt = 0, wad = 0;
        double pviClose = 0, pviVolume = 0;
        double sumVolume = 0, sumWeighted = 0, sumSquares = 0;
        bool anchored = false;
        for (int i = 0; i < close.Length; i++)
        {
            double h = high[i], l = low[i], c = close[i], v = volume[i];

            double flow = ((c - l) - (h - c)) / (h - l) * v;
            if (double.IsFinite(flow))
            {
                accdist += flow;
            }

            double nextPvi = v > pviVolume ? pvi + (c - pviClose) / pviClose * pvi : pvi;
            if (double.IsFinite(nextPvi))
            {
                pvi = nextPvi;
            }

            pviClose = c;
            pviVolume = v;

            double pvtValue = double.NaN;
            double wadGain = 0;
            if (i > 0)
            {
                double previous = close[i - 1];
                pvt += (c - previous) / previous * v;
                pvtValue = pvt;
                double change = c - previous;
                wadGain = change > 0 ? c - Math.Min(l, previous) : change < 0 ? c - Math.Max(h, previous) : 0;
            }

            wad += wadGain;
            double wvad = h == l ? double.NaN : (c - open[i]) / (h - l) * v;

            double source = (h + l + c) / 3;
            double vwap = double.NaN, upper = double.NaN, lower = double.NaN;
            if (time[i] % 86_400_000 == 0)
            {
                sumVolume = v;
                sumWeighted = source * v;
                sumSquares = 0;
                anchored = true;
            }
            else if (anchored)
            {
                sumVolume += v;
                sumWeighted += source * v;
            }

            if (anchored)
            {
                vwap = sumWeighted / sumVolume;
                sumSquares += source * source * v;
                double deviation = Math.Sqrt(Math.Max(0.0, sumSquares / sumVolume - vwap * vwap)) * stdevMult;
                upper = vwap + deviation;
                lower = vwap - deviation;
            }

            checksum = checksum.Add(accdist).Add(pvi).Add(pvtValue).Add(wad).Add(wvad).Add(vwap).Add(upper).Add(lower);
        }

        return checksum;
    }
}
