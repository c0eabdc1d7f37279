using ScriptGen;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Scripts;

// Indicators that plot Pine expressions under the exact titles the PyneCore reference files use as
// column headers (tests/data/pynecore), so a test can compare every plot with its column.

/// <summary>changes.csv: ta.change, ta.mom, ta.roc, ta.cum, ta.barssince, ta.valuewhen.</summary>
[Indicator("changes.csv probe")]
public partial class ChangesProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Change(close), "ta.change(close)");
        chart.Plot(ta.Change(close, 5), "ta.change(close, 5)");
        chart.Plot(ta.Change(bar_index % 4 == 0 ? double.NaN : close, 2), "ta.change(bar_index % 4 == 0 ? na : close, 2)");
        chart.Plot(ta.Mom(close, 10), "ta.mom(close, 10)");
        chart.Plot(ta.Mom(hl2, 1), "ta.mom(hl2, 1)");
        chart.Plot(ta.Roc(close, 9), "ta.roc(close, 9)");
        chart.Plot(ta.Roc(volume, 3), "ta.roc(volume, 3)");
        chart.Plot(ta.Cum(volume), "ta.cum(volume)");
        chart.Plot(ta.Cum(bar_index % 5 == 0 ? double.NaN : close), "ta.cum(bar_index % 5 == 0 ? na : close)");
        chart.Plot(ta.BarsSince(close > open), "ta.barssince(close > open)");
        chart.Plot(ta.BarsSince(high - low > 0.00305), "ta.barssince(high - low > 0.00305)");
        chart.Plot(ta.ValueWhen(close > open, close, 0), "ta.valuewhen(close > open, close, 0)");
        chart.Plot(ta.ValueWhen(close > open, close, 2), "ta.valuewhen(close > open, close, 2)");
        chart.Plot(ta.ValueWhen(high - low > 0.00305, hl2, 1), "ta.valuewhen(high - low > 0.00305, hl2, 1)");
        chart.Plot(ta.ValueWhen(bar_index % 3 == 0, bar_index % 2 == 0 ? double.NaN : close, 1), "ta.valuewhen(bar_index % 3 == 0, bar_index % 2 == 0 ? na : close, 1)");
    }
}

/// <summary>dispersion.csv: ta.dev, ta.variance.</summary>
[Indicator("dispersion.csv probe")]
public partial class DispersionProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Dev(close, 10), "ta.dev(close, 10)");
        chart.Plot(ta.Dev(hlc3, 20), "ta.dev(hlc3, 20)");
        chart.Plot(ta.Dev(close, 1), "ta.dev(close, 1)");
        chart.Plot(ta.Dev(bar_index % 7 == 3 ? double.NaN : close, 5), "ta.dev(bar_index % 7 == 3 ? na : close, 5)");
        chart.Plot(ta.Variance(close, 20), "ta.variance(close, 20)");
        chart.Plot(ta.Variance(close, 20, false), "ta.variance(close, 20, false)");
        chart.Plot(ta.Variance(volume, 5), "ta.variance(volume, 5)");
        chart.Plot(ta.Variance(close, 1, false), "ta.variance(close, 1, false)");
        chart.Plot(ta.Variance(bar_index % 7 == 3 ? double.NaN : close, 5), "ta.variance(bar_index % 7 == 3 ? na : close, 5)");
    }
}

/// <summary>percentiles.csv: ta.percentrank and the two ta.percentile_* functions.</summary>
[Indicator("percentiles.csv probe")]
public partial class PercentilesProbe
{
    protected override void Process()
    {
        chart.Plot(ta.PercentRank(close, 20), "ta.percentrank(close, 20)");
        chart.Plot(ta.PercentRank(volume, 50), "ta.percentrank(volume, 50)");
        chart.Plot(ta.PercentRank(bar_index % 6 == 1 ? double.NaN : close, 10), "ta.percentrank(bar_index % 6 == 1 ? na : close, 10)");
        chart.Plot(ta.PercentileLinearInterpolation(close, 20, 30), "ta.percentile_linear_interpolation(close, 20, 30)");
        chart.Plot(ta.PercentileLinearInterpolation(close, 10, 50), "ta.percentile_linear_interpolation(close, 10, 50)");
        chart.Plot(ta.PercentileLinearInterpolation(close, 14, 0), "ta.percentile_linear_interpolation(close, 14, 0)");
        chart.Plot(ta.PercentileLinearInterpolation(close, 14, 100), "ta.percentile_linear_interpolation(close, 14, 100)");
        chart.Plot(ta.PercentileLinearInterpolation(volume, 7, 85), "ta.percentile_linear_interpolation(volume, 7, 85)");
        chart.Plot(ta.PercentileLinearInterpolation(bar_index % 6 == 1 ? double.NaN : close, 10, 25), "ta.percentile_linear_interpolation(bar_index % 6 == 1 ? na : close, 10, 25)");
        chart.Plot(ta.PercentileLinearInterpolation(bar_index % 6 == 1 ? double.NaN : close, 10, 5), "ta.percentile_linear_interpolation(bar_index % 6 == 1 ? na : close, 10, 5)");
        chart.Plot(ta.PercentileNearestRank(close, 20, 30), "ta.percentile_nearest_rank(close, 20, 30)");
        chart.Plot(ta.PercentileNearestRank(close, 10, 50), "ta.percentile_nearest_rank(close, 10, 50)");
        chart.Plot(ta.PercentileNearestRank(close, 14, 0), "ta.percentile_nearest_rank(close, 14, 0)");
        chart.Plot(ta.PercentileNearestRank(close, 14, 100), "ta.percentile_nearest_rank(close, 14, 100)");
        chart.Plot(ta.PercentileNearestRank(volume, 14, 90), "ta.percentile_nearest_rank(volume, 14, 90)");
        chart.Plot(ta.PercentileNearestRank(bar_index % 6 == 1 ? double.NaN : close, 10, 50), "ta.percentile_nearest_rank(bar_index % 6 == 1 ? na : close, 10, 50)");
        chart.Plot(ta.PercentileNearestRank(bar_index % 6 == 1 ? double.NaN : close, 10, 95), "ta.percentile_nearest_rank(bar_index % 6 == 1 ? na : close, 10, 95)");
    }
}

/// <summary>trend.csv: ta.dmi, ta.sar, ta.supertrend, ta.tsi.</summary>
[Indicator("trend.csv probe")]
public partial class TrendProbe
{
    protected override void Process()
    {
        var (plus, minus, adx) = ta.Dmi(14, 14);
        var (plus2, minus2, adx2) = ta.Dmi(7, 20);
        var (value, direction) = ta.Supertrend(3, 10);
        var (value2, direction2) = ta.Supertrend(2.5, 7);

        chart.Plot(plus, "ta.dmi(14, 14).plus");
        chart.Plot(minus, "ta.dmi(14, 14).minus");
        chart.Plot(adx, "ta.dmi(14, 14).adx");
        chart.Plot(plus2, "ta.dmi(7, 20).plus");
        chart.Plot(minus2, "ta.dmi(7, 20).minus");
        chart.Plot(adx2, "ta.dmi(7, 20).adx");
        chart.Plot(ta.Sar(0.02, 0.02, 0.2), "ta.sar(0.02, 0.02, 0.2)");
        chart.Plot(ta.Sar(0.01, 0.03, 0.3), "ta.sar(0.01, 0.03, 0.3)");
        chart.Plot(value, "ta.supertrend(3, 10).value");
        chart.Plot(direction, "ta.supertrend(3, 10).direction");
        chart.Plot(value2, "ta.supertrend(2.5, 7).value");
        chart.Plot(direction2, "ta.supertrend(2.5, 7).direction");
        chart.Plot(ta.Tsi(close, 13, 25), "ta.tsi(close, 13, 25)");
        chart.Plot(ta.Tsi(hlc3, 5, 9), "ta.tsi(hlc3, 5, 9)");
    }
}

/// <summary>channels.csv: ta.kc, ta.kcw.</summary>
[Indicator("channels.csv probe")]
public partial class ChannelsProbe
{
    protected override void Process()
    {
        var (middle, upper, lower) = ta.Kc(close, 20, 2);
        var (middle2, upper2, lower2) = ta.Kc(hl2, 10, 1.5, false);

        chart.Plot(middle, "ta.kc(close, 20, 2).middle");
        chart.Plot(upper, "ta.kc(close, 20, 2).upper");
        chart.Plot(lower, "ta.kc(close, 20, 2).lower");
        chart.Plot(middle2, "ta.kc(hl2, 10, 1.5, false).middle");
        chart.Plot(upper2, "ta.kc(hl2, 10, 1.5, false).upper");
        chart.Plot(lower2, "ta.kc(hl2, 10, 1.5, false).lower");
        chart.Plot(ta.Kcw(close, 20, 2), "ta.kcw(close, 20, 2)");
        chart.Plot(ta.Kcw(close, 14, 1.5, false), "ta.kcw(close, 14, 1.5, false)");
    }
}

/// <summary>pivots.csv: ta.pivothigh, ta.pivotlow (both forms), ta.pivot_point_levels anchored on the 00:00 UTC bar.</summary>
[Indicator("pivots.csv probe")]
public partial class PivotsProbe
{
    protected override void Process()
    {
        bool anchor = time % 86_400_000 == 0;
        PivotLevels traditional = ta.PivotPointLevels(PivotPointType.Traditional, anchor);
        PivotLevels fibonacci = ta.PivotPointLevels(PivotPointType.Fibonacci, anchor);
        PivotLevels woodie = ta.PivotPointLevels(PivotPointType.Woodie, anchor);
        PivotLevels classic = ta.PivotPointLevels(PivotPointType.Classic, anchor);
        PivotLevels dm = ta.PivotPointLevels(PivotPointType.DM, anchor);
        PivotLevels camarilla = ta.PivotPointLevels(PivotPointType.Camarilla, anchor);
        PivotLevels developingTraditional = ta.PivotPointLevels(PivotPointType.Traditional, anchor, developing: true);
        PivotLevels developingWoodie = ta.PivotPointLevels(PivotPointType.Woodie, anchor, developing: true);

        chart.Plot(ta.PivotHigh(10, 5), "ta.pivothigh(10, 5)");
        chart.Plot(ta.PivotLow(10, 5), "ta.pivotlow(10, 5)");
        chart.Plot(ta.PivotHigh(close, 3, 3), "ta.pivothigh(close, 3, 3)");
        chart.Plot(ta.PivotLow(close, 3, 3), "ta.pivotlow(close, 3, 3)");
        chart.Plot(ta.PivotHigh(hl2, 1, 4), "ta.pivothigh(hl2, 1, 4)");
        chart.Plot(ta.PivotLow(low, 4, 1), "ta.pivotlow(low, 4, 1)");
        chart.Plot(ta.PivotHigh(high, 2, 2), "ta.pivothigh(high, 2, 2)");
        chart.Plot(ta.PivotHigh(close, 20, 15), "ta.pivothigh(close, 20, 15)");
        chart.Plot(ta.PivotLow(close, 16, 16), "ta.pivotlow(close, 16, 16)");
        chart.Plot(traditional[0], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0).get(0)");
        chart.Plot(traditional[1], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0).get(1)");
        chart.Plot(traditional[2], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0).get(2)");
        chart.Plot(traditional[3], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0).get(3)");
        chart.Plot(traditional[4], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0).get(4)");
        chart.Plot(traditional[5], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0).get(5)");
        chart.Plot(traditional[6], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0).get(6)");
        chart.Plot(fibonacci[0], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(0)");
        chart.Plot(fibonacci[1], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(1)");
        chart.Plot(fibonacci[2], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(2)");
        chart.Plot(fibonacci[3], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(3)");
        chart.Plot(fibonacci[4], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(4)");
        chart.Plot(fibonacci[5], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(5)");
        chart.Plot(fibonacci[6], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(6)");
        chart.Plot(fibonacci[7], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(7)");
        chart.Plot(fibonacci[8], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(8)");
        chart.Plot(fibonacci[9], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(9)");
        chart.Plot(fibonacci[10], "ta.pivot_point_levels(\"Fibonacci\", time % 86400000 == 0).get(10)");
        chart.Plot(woodie[0], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(0)");
        chart.Plot(woodie[1], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(1)");
        chart.Plot(woodie[2], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(2)");
        chart.Plot(woodie[3], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(3)");
        chart.Plot(woodie[4], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(4)");
        chart.Plot(woodie[5], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(5)");
        chart.Plot(woodie[6], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(6)");
        chart.Plot(woodie[7], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(7)");
        chart.Plot(woodie[8], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(8)");
        chart.Plot(woodie[9], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(9)");
        chart.Plot(woodie[10], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0).get(10)");
        chart.Plot(classic[0], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(0)");
        chart.Plot(classic[1], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(1)");
        chart.Plot(classic[2], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(2)");
        chart.Plot(classic[3], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(3)");
        chart.Plot(classic[4], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(4)");
        chart.Plot(classic[5], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(5)");
        chart.Plot(classic[6], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(6)");
        chart.Plot(classic[7], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(7)");
        chart.Plot(classic[8], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(8)");
        chart.Plot(classic[9], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(9)");
        chart.Plot(classic[10], "ta.pivot_point_levels(\"Classic\", time % 86400000 == 0).get(10)");
        chart.Plot(dm[0], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(0)");
        chart.Plot(dm[1], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(1)");
        chart.Plot(dm[2], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(2)");
        chart.Plot(dm[3], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(3)");
        chart.Plot(dm[4], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(4)");
        chart.Plot(dm[5], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(5)");
        chart.Plot(dm[6], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(6)");
        chart.Plot(dm[7], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(7)");
        chart.Plot(dm[8], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(8)");
        chart.Plot(dm[9], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(9)");
        chart.Plot(dm[10], "ta.pivot_point_levels(\"DM\", time % 86400000 == 0).get(10)");
        chart.Plot(camarilla[0], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(0)");
        chart.Plot(camarilla[1], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(1)");
        chart.Plot(camarilla[2], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(2)");
        chart.Plot(camarilla[3], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(3)");
        chart.Plot(camarilla[4], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(4)");
        chart.Plot(camarilla[5], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(5)");
        chart.Plot(camarilla[6], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(6)");
        chart.Plot(camarilla[7], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(7)");
        chart.Plot(camarilla[8], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(8)");
        chart.Plot(camarilla[9], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(9)");
        chart.Plot(camarilla[10], "ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get(10)");
        chart.Plot(developingTraditional[0], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0, true).get(0)");
        chart.Plot(developingTraditional[1], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0, true).get(1)");
        chart.Plot(developingTraditional[2], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0, true).get(2)");
        chart.Plot(developingTraditional[3], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0, true).get(3)");
        chart.Plot(developingTraditional[4], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0, true).get(4)");
        chart.Plot(developingTraditional[5], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0, true).get(5)");
        chart.Plot(developingTraditional[6], "ta.pivot_point_levels(\"Traditional\", time % 86400000 == 0, true).get(6)");
        chart.Plot(developingWoodie[0], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0, true).get(0)");
        chart.Plot(developingWoodie[1], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0, true).get(1)");
        chart.Plot(developingWoodie[2], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0, true).get(2)");
        chart.Plot(developingWoodie[3], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0, true).get(3)");
        chart.Plot(developingWoodie[4], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0, true).get(4)");
        chart.Plot(developingWoodie[5], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0, true).get(5)");
        chart.Plot(developingWoodie[6], "ta.pivot_point_levels(\"Woodie\", time % 86400000 == 0, true).get(6)");
    }
}

/// <summary>volume_flow.csv: ta.accdist, ta.pvi, ta.pvt, ta.wad, ta.wvad, ta.vwap (ta.Vwap() and ta.Vwap(source) anchor on the exchange day, which PyneCore was given as timeframe.change("D") or bar_index == 0).</summary>
[Indicator("volume_flow.csv probe")]
public partial class VolumeFlowProbe
{
    protected override void Process()
    {
        var (vwap, upper, lower) = ta.Vwap(hl2, time % 86_400_000 == 0, 2.0);
        var (dayVwap, dayUpper, dayLower) = ta.Vwap(close, 1.5);

        chart.Plot(ta.AccDist(), "ta.accdist");
        chart.Plot(ta.Pvi(), "ta.pvi");
        chart.Plot(ta.Pvt(), "ta.pvt");
        chart.Plot(ta.Wad(), "ta.wad");
        chart.Plot(ta.Wvad(), "ta.wvad");
        chart.Plot(ta.Vwap(), "ta.vwap(hlc3, timeframe.change(\"D\") or bar_index == 0)");
        chart.Plot(ta.Vwap(close), "ta.vwap(close, timeframe.change(\"D\") or bar_index == 0)");
        chart.Plot(ta.Vwap(close, bar_index % 37 == 5), "ta.vwap(close, bar_index % 37 == 5)");
        chart.Plot(vwap, "ta.vwap(hl2, time % 86400000 == 0, 2.0).vwap");
        chart.Plot(upper, "ta.vwap(hl2, time % 86400000 == 0, 2.0).upper");
        chart.Plot(lower, "ta.vwap(hl2, time % 86400000 == 0, 2.0).lower");
        chart.Plot(dayVwap, "ta.vwap(close, timeframe.change(\"D\") or bar_index == 0, 1.5).vwap");
        chart.Plot(dayUpper, "ta.vwap(close, timeframe.change(\"D\") or bar_index == 0, 1.5).upper");
        chart.Plot(dayLower, "ta.vwap(close, timeframe.change(\"D\") or bar_index == 0, 1.5).lower");
    }
}

/// <summary>math_functions.csv: the math namespace (run with the reference symbol, tick 0.00001).</summary>
[Indicator("math_functions.csv probe")]
public partial class MathFunctionsProbe
{
    protected override void Process()
    {
        chart.Plot(math.Sum(close, 10), "math.sum(close, 10)");
        chart.Plot(math.Sum(volume, 24), "math.sum(volume, 24)");
        chart.Plot(math.Sum(bar_index % 3 == 2 ? close : double.NaN, 4), "math.sum(bar_index % 3 == 2 ? close : na, 4)");
        chart.Plot(math.Abs(close - open), "math.abs(close - open)");
        chart.Plot(math.Max(open, close), "math.max(open, close)");
        chart.Plot(math.Min(open, close), "math.min(open, close)");
        chart.Plot(math.Max(open, high, low, close), "math.max(open, high, low, close)");
        chart.Plot(math.Min(high - open, close - low, 0.001), "math.min(high - open, close - low, 0.001)");
        chart.Plot(math.Avg(open, close), "math.avg(open, close)");
        chart.Plot(math.Avg(open, high, low, close), "math.avg(open, high, low, close)");
        chart.Plot(math.Round(close, 4), "math.round(close, 4)");
        chart.Plot(math.Round(close, 3), "math.round(close, 3)");
        chart.Plot(math.Round(close * 1000), "math.round(close * 1000)");
        chart.Plot(math.Round(volume, -2), "math.round(volume, -2)");
        chart.Plot(math.RoundToMintick(hlc3), "math.round_to_mintick(hlc3)");
        chart.Plot(math.RoundToMintick(close * 1.0001), "math.round_to_mintick(close * 1.0001)");
        chart.Plot(math.Sign(close - open), "math.sign(close - open)");
        chart.Plot(math.Pow(close, 3), "math.pow(close, 3)");
        chart.Plot(math.Pow(close, 2), "math.pow(close, 2)");
        chart.Plot(math.Pow(volume, 0.5), "math.pow(volume, 0.5)");
        chart.Plot(math.Sqrt(volume), "math.sqrt(volume)");
        chart.Plot(math.Log(close), "math.log(close)");
    }
}
