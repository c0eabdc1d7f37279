using ScriptGen.Ta;
using ScriptGen.Tests.Reference;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// <see cref="TaBatch"/>'s functions of the families checked against PyneCore (tests/data/pynecore):
/// at least one per family against the same reference columns the scripts match, and argument checks.
/// </summary>
public sealed class PyneCoreBatchTests
{
    [Fact]
    public void Changes_match_PyneCore()
    {
        var file = new Columns("changes.csv");
        file.Check("ta.change(close, 5)", d => TaBatch.Change(file.Close, 5, d));
        file.Check("ta.roc(close, 9)", d => TaBatch.Roc(file.Close, 9, d));
        file.Check("ta.cum(volume)", d => TaBatch.Cum(file.Volume, d));
        bool[] up = file.Indexes.Select(i => file.Close[i] > file.Open[i]).ToArray();
        file.Check("ta.barssince(close > open)", d => TaBatch.BarsSince(up, d));
        file.Check("ta.valuewhen(close > open, close, 2)", d => TaBatch.ValueWhen(up, file.Close, 2, d));
    }

    [Fact]
    public void Dispersion_matches_PyneCore()
    {
        var file = new Columns("dispersion.csv");
        file.Check("ta.dev(close, 10)", d => TaBatch.Dev(file.Close, 10, d));
        file.Check("ta.variance(close, 20, false)", d => TaBatch.Variance(file.Close, 20, biased: false, d));
    }

    [Fact]
    public void Percentiles_match_PyneCore()
    {
        var file = new Columns("percentiles.csv");
        file.Check("ta.percentrank(close, 20)", d => TaBatch.PercentRank(file.Close, 20, d));
        file.Check("ta.percentile_linear_interpolation(close, 20, 30)", d => TaBatch.PercentileLinearInterpolation(file.Close, 20, 30, d));
        file.Check("ta.percentile_nearest_rank(volume, 14, 90)", d => TaBatch.PercentileNearestRank(file.Volume, 14, 90, d));
    }

    [Fact]
    public void Trend_indicators_match_PyneCore()
    {
        var file = new Columns("trend.csv");
        double[] plus = file.NewColumn(), minus = file.NewColumn(), adx = file.NewColumn();
        TaBatch.Dmi(file.High, file.Low, file.Close, 14, 14, plus, minus, adx);
        file.AssertColumn("ta.dmi(14, 14).plus", plus);
        file.AssertColumn("ta.dmi(14, 14).minus", minus);
        file.AssertColumn("ta.dmi(14, 14).adx", adx);
        double[] value = file.NewColumn();
        int[] direction = new int[file.Count];
        TaBatch.Supertrend(file.High, file.Low, file.Close, 3, 10, value, direction);
        file.AssertColumn("ta.supertrend(3, 10).value", value);
        file.AssertColumn("ta.supertrend(3, 10).direction", direction.Select(x => (double)x).ToArray());
        file.Check("ta.sar(0.02, 0.02, 0.2)", d => TaBatch.Sar(file.High, file.Low, 0.02, 0.02, 0.2, d));
        file.Check("ta.tsi(close, 13, 25)", d => TaBatch.Tsi(file.Close, 13, 25, d));
    }

    [Fact]
    public void Channels_match_PyneCore()
    {
        var file = new Columns("channels.csv");
        double[] middle = file.NewColumn(), upper = file.NewColumn(), lower = file.NewColumn();
        TaBatch.Kc(file.Close, file.High, file.Low, file.Close, 20, 2, useTrueRange: true, middle, upper, lower);
        file.AssertColumn("ta.kc(close, 20, 2).middle", middle);
        file.AssertColumn("ta.kc(close, 20, 2).upper", upper);
        file.AssertColumn("ta.kc(close, 20, 2).lower", lower);
        file.Check("ta.kcw(close, 14, 1.5, false)", d => TaBatch.Kcw(file.Close, file.High, file.Low, file.Close, 14, 1.5, useTrueRange: false, d));
    }

    [Fact]
    public void Pivots_and_levels_match_PyneCore()
    {
        var file = new Columns("pivots.csv");
        file.Check("ta.pivothigh(10, 5)", d => TaBatch.PivotHigh(file.High, 10, 5, d));
        file.Check("ta.pivotlow(close, 3, 3)", d => TaBatch.PivotLow(file.Close, 3, 3, d));
        bool[] anchor = file.Indexes.Select(i => file.Time[i] % 86_400_000 == 0).ToArray();
        var levels = new PivotLevels[file.Count];
        TaBatch.PivotPointLevels(file.Open, file.High, file.Low, file.Close, PivotPointType.Camarilla, anchor, developing: false, levels);
        for (int level = 0; level < PivotLevels.Count; level++)
        {
            file.AssertColumn($"ta.pivot_point_levels(\"Camarilla\", time % 86400000 == 0).get({level})", levels.Select(l => l[level]).ToArray());
        }
    }

    [Fact]
    public void Volume_flow_matches_PyneCore()
    {
        var file = new Columns("volume_flow.csv");
        file.Check("ta.accdist", d => TaBatch.AccDist(file.High, file.Low, file.Close, file.Volume, d));
        file.Check("ta.wvad", d => TaBatch.Wvad(file.Open, file.High, file.Low, file.Close, file.Volume, d));
        SessionSchedule newYorkDays = SessionSchedule.For(PyneCoreReference.Symbol); // 24x7 in New York: the calendar day there
        file.Check("ta.vwap(close, timeframe.change(\"D\") or bar_index == 0)", d => TaBatch.Vwap(file.Close, file.Volume, file.Time, newYorkDays, d));
        bool[] anchor = file.Indexes.Select(i => i % 37 == 5).ToArray();
        file.Check("ta.vwap(close, bar_index % 37 == 5)", d => TaBatch.Vwap(file.Close, file.Volume, anchor, d));
    }

    [Fact]
    public void Mismatched_lengths_and_bad_arguments_fail_naming_the_function_and_parameters()
    {
        double[] five = new double[5], four = new double[4];
        Assert.Contains("TaBatch.Change: destination has 4 elements but source has 5",
            Assert.Throws<ArgumentException>(() => TaBatch.Change(five, 2, four)).Message);
        Assert.Contains("TaBatch.Dev: length must be at least 1; got 0",
            Assert.Throws<ArgumentOutOfRangeException>(() => TaBatch.Dev([], 0, [])).Message);
        Assert.Contains("TaBatch.Dmi: low has 4 elements but high has 5",
            Assert.Throws<ArgumentException>(() => TaBatch.Dmi(five, four, five, 14, 14, five, five, five)).Message);
        Assert.Contains("ta.valuewhen: occurrence must be 0 or more",
            Assert.Throws<ArgumentOutOfRangeException>(() => TaBatch.ValueWhen(new bool[5], five, -1, five)).Message);
    }

    /// <summary>A PyneCore reference file with its bars as arrays, and column checks.</summary>
    private sealed class Columns
    {
        private readonly PyneCoreReference _reference;

        public Columns(string file)
        {
            _reference = PyneCoreReference.Load(file);
            Bars bars = _reference.Bars;
            (Time, Open, High, Low, Close, Volume) =
                (bars.Time.ToArray(), bars.Open.ToArray(), bars.High.ToArray(), bars.Low.ToArray(), bars.Close.ToArray(), bars.Volume.ToArray());
        }

        public long[] Time { get; }
        public double[] Open { get; }
        public double[] High { get; }
        public double[] Low { get; }
        public double[] Close { get; }
        public double[] Volume { get; }

        public int Count => Close.Length;

        public IEnumerable<int> Indexes => Enumerable.Range(0, Count);

        public double[] NewColumn() => new double[Count];

        public void Check(string column, Action<double[]> compute)
        {
            double[] values = NewColumn();
            compute(values);
            AssertColumn(column, values);
        }

        public void AssertColumn(string column, double[] values) =>
            Tolerance.AssertSeries($"{_reference.File} {column} (batch)", _reference.Csv.Numbers(column), values, "PyneCore");
    }
}
