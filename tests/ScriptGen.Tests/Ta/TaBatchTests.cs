using ScriptGen.Ta;
using ScriptGen.Tests.Reference;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// The array functions of <see cref="TaBatch"/> against TradingView's exported columns (every family),
/// and their argument checks.
/// </summary>
public sealed class TaBatchTests
{
    [Fact]
    public void Moving_averages_match_TradingView()
    {
        var file = new Columns("ma.csv");
        file.Check("ta.sma(close, 10)", d => TaBatch.Sma(file.Close, 10, d));
        file.Check("ta.alma(close, 10, 0.55, 12)", d => TaBatch.Alma(file.Close, 10, 0.55, 12, floor: false, d));
        file.Check("ta.hma(close, 20)", d => TaBatch.Hma(file.Close, 20, d));
        file.Check("ta.vwma(close, 20)", d => TaBatch.Vwma(file.Close, file.Volume, 20, d));
        file.Check("ta.swma(hlc3)", d => TaBatch.Swma(file.Hlc3, d));
    }

    [Fact]
    public void Oscillators_match_TradingView()
    {
        var macd = new Columns("macd.csv");
        double[] line = new double[macd.Count], signal = new double[macd.Count], histogram = new double[macd.Count];
        TaBatch.Macd(macd.Close, 12, 26, 9, line, signal, histogram);
        macd.AssertColumn("ta.macd(close, 12, 26, 9).macd", line);
        macd.AssertColumn("ta.macd(close, 12, 26, 9).signal", signal);
        macd.AssertColumn("ta.macd(close, 12, 26, 9).hist", histogram);

        var oscillators = new Columns("mfi+rsi+stoch.csv");
        oscillators.Check("ta.stoch(close, high, low, 20)", d => TaBatch.Stoch(oscillators.Close, oscillators.High, oscillators.Low, 20, d));
        oscillators.Check("ta.mfi(close, 14)", d => TaBatch.Mfi(oscillators.Close, oscillators.Volume, 14, d));
        var cci = new Columns("cci+cmo+cog.csv");
        cci.Check("ta.cci(close, 20)", d => TaBatch.Cci(cci.Close, 20, d));
    }

    [Fact]
    public void Bands_match_TradingView()
    {
        var file = new Columns("bb.csv");
        double[] middle = new double[file.Count], upper = new double[file.Count], lower = new double[file.Count];
        TaBatch.Bb(file.Close, 20, 2, middle, upper, lower);
        file.AssertColumn("ta.bb(close, 20, 2).base", middle);
        file.AssertColumn("ta.bb(close, 20, 2).upper", upper);
        file.AssertColumn("ta.bb(close, 20, 2).lower", lower);
        file.Check("ta.bbw(close, 20, 2.1)", d => TaBatch.Bbw(file.Close, 20, 2.1, d));
    }

    [Fact]
    public void Ranges_match_TradingView()
    {
        var extremes = new Columns("highest+lowest.csv");
        extremes.Check("ta.highestbars(10)", d => TaBatch.HighestBars(extremes.High, 10, d));
        extremes.Check("ta.lowest(close, 10)", d => TaBatch.Lowest(extremes.Close, 10, d));
        var tr = new Columns("tr.csv");
        tr.Check("ta.tr(false)", d => TaBatch.Tr(tr.High, tr.Low, tr.Close, handleNa: false, d));
        tr.Check("ta.atr(14)", d => TaBatch.Atr(tr.High, tr.Low, tr.Close, 14, d));
        var extremesSoFar = new Columns("min+max+median+mode.csv");
        extremesSoFar.Check("max(close)", d => TaBatch.Max(extremesSoFar.Close, d));
    }

    [Fact]
    public void Statistics_match_TradingView()
    {
        var correlation = new Columns("correlation.csv");
        double[] sma = new double[correlation.Count], ema = new double[correlation.Count];
        TaBatch.Sma(correlation.Close, 20, sma);
        TaBatch.Ema(correlation.Close, 10, ema);
        correlation.Check("correlation", d => TaBatch.Correlation(sma, ema, 20, d));
        var linreg = new Columns("linreg.csv");
        linreg.Check("ta.linreg(close, 20, 10)", d => TaBatch.LinReg(linreg.Close, 20, 10, d));
        var order = new Columns("min+max+median+mode.csv");
        order.Check("median(close)", d => TaBatch.Median(order.Close, 20, d));
        order.Check("mode(close)", d => TaBatch.Mode(order.Close, 20, d));
    }

    [Fact]
    public void Crosses_match_TradingView()
    {
        var file = new Columns("cross.csv");
        double[] ema1 = new double[file.Count], ema2 = new double[file.Count];
        TaBatch.Ema(file.Close, 5, ema1);
        TaBatch.Ema(file.Close, 11, ema2);
        var crossed = new bool[file.Count];
        TaBatch.Cross(ema1, ema2, crossed);
        file.AssertColumn("ta.cross(ema1, ema2)", crossed.Select(c => c ? 0.5 : 0).ToArray());
        TaBatch.Crossunder(ema1, ema2, crossed);
        file.AssertColumn("ta.crossunder(ema1, ema2)", crossed.Select(c => c ? -1.0 : 0).ToArray());
    }

    [Fact]
    public void Volume_variables_match_TradingView()
    {
        var file = new Columns("iii+nvi+obv.csv");
        file.Check("ta.obv", d => TaBatch.Obv(file.Close, file.Volume, d));
        file.Check("ta.nvi", d => TaBatch.Nvi(file.Close, file.Volume, d));
        file.Check("ta.iii", d => TaBatch.Iii(file.High, file.Low, file.Close, file.Volume, d));
    }

    [Fact]
    public void Inputs_and_destinations_of_different_lengths_are_rejected_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => TaBatch.Sma(new double[5], 2, new double[4]));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("TaBatch.Sma: destination has 4 elements but source has 5", error.Message);

        error = Assert.Throws<ArgumentException>(() => TaBatch.Stoch(new double[5], new double[5], new double[3], 2, new double[5]));
        Assert.Equal("low", error.ParamName);
        Assert.Contains("low has 3 elements but source has 5", error.Message);

        error = Assert.Throws<ArgumentException>(() => TaBatch.Macd(new double[5], 2, 3, 2, new double[5], new double[5], new double[6]));
        Assert.Equal("histogram", error.ParamName);
    }

    [Fact]
    public void Window_lengths_below_one_are_rejected_even_for_empty_input()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TaBatch.Ema([], 0, []));
        Assert.Contains("TaBatch.Ema: length must be at least 1; got 0", error.Message);
        error = Assert.Throws<ArgumentOutOfRangeException>(() => TaBatch.Macd([], 12, 0, 9, [], [], []));
        Assert.Equal("slowLength", error.ParamName);
    }

    [Fact]
    public void A_destination_may_be_the_input_itself()
    {
        var file = new Columns("tr.csv");
        double[] separate = new double[file.Count];
        TaBatch.Atr(file.High, file.Low, file.Close, 14, separate);
        double[] inPlace = file.Close.ToArray();
        TaBatch.Atr(file.High, file.Low, inPlace, 14, inPlace);
        Assert.Equal(separate, inPlace);
    }

    /// <summary>A TradingView file's bar columns and its expression columns.</summary>
    private sealed class Columns(string file)
    {
        private readonly ReferenceCsv _csv = ReferenceCsv.Load("ta/" + file);

        public int Count => _csv.RowCount;
        public double[] High => _csv.Numbers("high");
        public double[] Low => _csv.Numbers("low");
        public double[] Close => _csv.Numbers("close");
        public double[] Volume => _csv.Numbers("Volume");
        public double[] Hlc3 => High.Select((h, i) => (h + Low[i] + Close[i]) / 3).ToArray();

        public void Check(string column, Action<double[]> compute)
        {
            double[] destination = new double[Count];
            compute(destination);
            AssertColumn(column, destination);
        }

        public void AssertColumn(string column, double[] actual) =>
            Tolerance.AssertSeries($"{file} {column} (TaBatch)", _csv.Numbers(column), actual);
    }
}
