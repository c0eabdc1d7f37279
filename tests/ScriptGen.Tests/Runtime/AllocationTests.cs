using ScriptGen.Samples.Scripts;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>
/// The bar loop allocates nothing per bar: what a run allocates does not grow with the number of
/// bars, apart from the per-bar arrays the run is asked for (equity, plots). Measured as allocation
/// differences between two run lengths, not as time.
/// </summary>
[Collection(AllocationMeasurements.Name)]
public sealed class AllocationTests
{
    private static readonly Bars s_bars = SyntheticBars(20_000);

    [Fact]
    public void An_indicator_with_ta_calls_and_plots_off_allocates_the_same_for_2000_and_20000_bars()
    {
        var options = new RunOptions { RecordPlots = false };
        Action Run(int bars) => () => new RuntimeEnvironment().RunIndicator(MacdProbe.Create(), s_bars.Slice(0, bars), options);

        long[] bytes = AllocatedInTurn(Run(2_000), Run(20_000));

        Assert.Equal(bytes[0], bytes[1]);
    }

    [Fact]
    public void Every_drawing_call_with_plots_off_allocates_the_same_for_2000_and_20000_bars()
    {
        var options = new RunOptions { RecordPlots = false };
        Action Run(int bars) => () => new RuntimeEnvironment().RunIndicator(ChartProbe.Create(), s_bars.Slice(0, bars), options);

        long[] bytes = AllocatedInTurn(Run(2_000), Run(20_000));

        Assert.Equal(bytes[0], bytes[1]);
    }

    /// <summary>Recording, the drawing calls allocate their per-bar arrays once per run and nothing per call.</summary>
    [Fact]
    public void Every_drawing_call_recorded_allocates_per_bar_only_its_arrays()
    {
        Action Run(int bars) => () => new RuntimeEnvironment().RunIndicator(ChartProbe.Create(), s_bars.Slice(0, bars));

        // ChartProbe: 2 plots and 3 shapes (a value and a color each), 2 candles (four values and a color),
        // 2 fills and 2 bar colors (a color each); hlines are levels.
        int color = System.Runtime.CompilerServices.Unsafe.SizeOf<Color?>();
        long perBar = 2 * (8 + color) + 3 * (8 + color) + 2 * (4 * 8 + color) + 2 * color + 2 * color;
        long[] bytes = AllocatedInTurn(Run(2_000), Run(20_000));
        long growth = bytes[1] - bytes[0];

        long arrays = (20_000 - 2_000) * perBar;
        Assert.InRange(growth, arrays, arrays + 24 * 8); // an array's length rounds its size up to 8 bytes
    }

    public static TheoryData<string> TaProbeFiles => Ta.TradingViewParityTests.Files;

    /// <summary>Every ta state allocates its window on its first call and nothing afterwards.</summary>
    [Theory]
    [MemberData(nameof(TaProbeFiles))]
    public void Every_ta_probe_allocates_the_same_for_2000_and_20000_bars(string file)
    {
        var options = new RunOptions { RecordPlots = false };
        Func<IndicatorScript> probe = Ta.TradingViewParityTests.s_probes[file];
        Action Run(int bars) => () => new RuntimeEnvironment().RunIndicator(probe(), s_bars.Slice(0, bars), options);

        long[] bytes = AllocatedInTurn(Run(2_000), Run(20_000));

        Assert.Equal(bytes[0], bytes[1]);
    }

    [Fact]
    public void Calendar_values_in_a_time_zone_with_DST_allocate_the_same_for_2000_and_20000_bars()
    {
        var options = new RunOptions { RecordPlots = false, Symbol = new SymbolInfo { TimeZone = "America/New_York" } };
        Action Run(int bars) => () => new RuntimeEnvironment().RunIndicator(CalendarProbe.Create(), s_bars.Slice(0, bars), options);

        long[] bytes = AllocatedInTurn(Run(2_000), Run(20_000));

        Assert.Equal(bytes[0], bytes[1]);
    }

    [Fact]
    public void A_strategy_allocates_per_bar_only_its_equity_curve_and_its_trades()
    {
        var options = new RunOptions { RecordPlots = false };
        StrategyResult? result = null;
        long Run(int bars) => Allocated(() => result = new RuntimeEnvironment().RunStrategy(EmaCross.Create(), s_bars.Slice(0, bars), options));

        long small = Run(2_000);
        int smallTrades = result!.ClosedTrades.Count;
        long large = Run(20_000);
        int largeTrades = result!.ClosedTrades.Count;

        long equityGrowth = (20_000 - 2_000) * sizeof(double);
        long perTrade = (large - small - equityGrowth) / Math.Max(1, largeTrades - smallTrades);
        Assert.True(large - small >= equityGrowth, $"grew {large - small} bytes");
        Assert.True(perTrade < 1_000, $"about {perTrade} bytes per trade beyond the equity curve; per-bar work should allocate nothing");
    }

    [Fact]
    public void Price_orders_brackets_trailing_stops_and_reading_trades_allocate_only_per_trade()
    {
        var options = new RunOptions { RecordPlots = false };
        StrategyResult? result = null;
        long Run(int bars) => Allocated(() => result = new RuntimeEnvironment().RunStrategy(BracketProbe.Create(), s_bars.Slice(0, bars), options));

        long small = Run(2_000);
        int smallTrades = result!.ClosedTrades.Count;
        long large = Run(20_000);
        int largeTrades = result!.ClosedTrades.Count;

        long equityGrowth = (20_000 - 2_000) * sizeof(double);
        Assert.True(largeTrades - smallTrades > 500, $"only {largeTrades - smallTrades} more trades; the probe should trade often");
        long perTrade = (large - small - equityGrowth) / (largeTrades - smallTrades);

        // The probe reads every open trade and the last closed trade on every bar, so each trade is handed out while open (its
        // object is then not reused for a later trade) and read again once closed. What a trade may allocate: that object, its
        // record in the run's closed-trade store, the object made when it is read closed, a few references of the lists that
        // hold those objects, and its share of the store's last chunk.
        long perTradeBound = PerTradeBound(objects: 2, largeTrades - smallTrades);
        Assert.True(perTrade <= perTradeBound, $"about {perTrade} bytes per trade beyond the equity curve, where at most {perTradeBound} may be");
    }

    /// <summary>
    /// The most a closed trade may allocate: <paramref name="objects"/> <see cref="Trade"/> objects, its record in the store,
    /// four references of the lists holding them, and its share of a store chunk (1,024 records) among
    /// <paramref name="tradesAdded"/> trades.
    /// </summary>
    internal static long PerTradeBound(int objects, int tradesAdded)
    {
        long row = Allocated(() => Trade.Open(1, "Long", null, Direction.Long, 1, 0, 0, 100, 0, 1));
        long record = System.Runtime.CompilerServices.Unsafe.SizeOf<TradeRecord>();
        return objects * row + record + 4 * IntPtr.Size + (1_024 * record + tradesAdded - 1) / tradesAdded;
    }

    [Fact]
    public void A_report_of_the_latest_20_trades_makes_objects_of_those_20_only()
    {
        // A run keeps closed trades as values; the report sums every trade's profit for its cumulative column from them and
        // makes objects only of the trades it shows (the first Format over a result makes them, a second finds them made).
        var options = new RunOptions { RecordPlots = false };
        StrategyResult Run() => new RuntimeEnvironment().RunStrategy(EmaCross.Create(), s_bars, options);
        Reporting.StrategyReport.Format(Run(), maxTrades: 20); // Code and statics of the report, once.
        StrategyResult result = Run();
        Assert.True(result.ClosedTrades.Count > 500, $"only {result.ClosedTrades.Count} trades");

        long before = GC.GetAllocatedBytesForCurrentThread();
        Reporting.StrategyReport.Format(result, maxTrades: 20);
        long first = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        Reporting.StrategyReport.Format(result, maxTrades: 20);
        long second = GC.GetAllocatedBytesForCurrentThread() - before;

        // 20 objects, and the store's table of objects read: a chunk of 1,024 references for each of the (at most two) chunks
        // the 20 trades fall in. Every trade made an object would be the trade count times an object.
        long row = Allocated(() => Trade.Open(1, "Long", null, Direction.Long, 1, 0, 0, 100, 0, 1));
        long bound = 20 * row + 2 * (1_024 * IntPtr.Size + 64);
        Assert.True(bound < result.ClosedTrades.Count * row, "the bound must tell the shown trades from all of them");
        Assert.True(first - second <= bound, $"the first report allocated {first - second} bytes more than the second, where at most {bound} may be");
    }

    [Fact]
    public void A_magnified_run_allocates_per_bar_only_its_equity_curve_and_where_each_bars_intrabars_start()
    {
        // The bar magnifier walks three minute bars inside each bar. What it keeps per bar is one int, built once as the run
        // starts (the index of the bar's first intrabar); walking the intrabars allocates nothing.
        var options = new RunOptions { RecordPlots = false, Strategy = BracketProbe.Metadata.Strategy! with { UseBarMagnifier = true } };
        Bars smallBars = s_bars.Slice(0, 2_000), largeBars = s_bars;
        RunOptions smallOptions = options with { MagnifierBars = Segments(smallBars) }, largeOptions = options with { MagnifierBars = Segments(largeBars) };
        StrategyResult? result = null;
        long Run(Bars bars, RunOptions run) => Allocated(() => result = new RuntimeEnvironment().RunStrategy(BracketProbe.Create(), bars, run));

        long small = Run(smallBars, smallOptions);
        int smallTrades = result!.ClosedTrades.Count;
        long large = Run(largeBars, largeOptions);
        int largeTrades = result!.ClosedTrades.Count;

        long perBarGrowth = (20_000 - 2_000) * (sizeof(double) + sizeof(int));
        Assert.True(largeTrades - smallTrades > 500, $"only {largeTrades - smallTrades} more trades; the probe should trade often");
        long perTrade = (large - small - perBarGrowth) / (largeTrades - smallTrades);
        long perTradeBound = PerTradeBound(objects: 2, largeTrades - smallTrades); // The probe reads its trades (above).
        Assert.True(perTrade <= perTradeBound, $"about {perTrade} bytes per trade beyond the equity curve and the intrabar map, where at most {perTradeBound} may be; walking intrabars allocates nothing");
    }

    /// <summary>Three one-minute bars inside each bar, along its own path: open to the nearer extreme, to the other, to the close.</summary>
    private static Bars Segments(Bars bars)
    {
        int count = bars.Count * 3;
        var time = new long[count];
        var open = new double[count];
        var high = new double[count];
        var low = new double[count];
        var close = new double[count];
        for (int i = 0; i < bars.Count; i++)
        {
            bool highFirst = bars.Open[i] - bars.Low[i] > bars.High[i] - bars.Open[i];
            double[] points = [bars.Open[i], highFirst ? bars.High[i] : bars.Low[i], highFirst ? bars.Low[i] : bars.High[i], bars.Close[i]];
            for (int k = 0; k < 3; k++)
            {
                int j = i * 3 + k;
                time[j] = bars.Time[i] + k * 60_000;
                open[j] = points[k];
                close[j] = points[k + 1];
                high[j] = Math.Max(points[k], points[k + 1]);
                low[j] = Math.Min(points[k], points[k + 1]);
            }
        }

        return Bars.FromArrays(time, open, high, low, close, null, TimeSpan.FromMinutes(1));
    }

    /// <summary>
    /// Bytes allocated on this thread by <paramref name="run"/>, after warming it up (the JIT and the
    /// type loader allocate on first calls, and on-stack replacement of a long loop can happen in a
    /// later, longer run): the least of three measurements.
    /// </summary>
    internal static long Allocated(Action run)
    {
        run();
        long least = long.MaxValue;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            run();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }

    /// <summary>
    /// Bytes allocated on this thread by each of <paramref name="runs"/>, measured in turn over several rounds (after one
    /// warm-up round), each the least of its rounds. Runs compared with each other are measured this way: what the same
    /// code allocates can change while the JIT moves its methods between tiers (optimized code keeps some short-lived
    /// objects on the stack), and measured one after another, three times each, the first run's three once all came
    /// out 1,816 bytes higher than the runs after them agreed on (a CI run; <see cref="Allocated"/> alone). Interleaved,
    /// every run is measured again after the others.
    /// </summary>
    internal static long[] AllocatedInTurn(params Action[] runs)
    {
        const int Rounds = 4;
        long[] least = new long[runs.Length];
        Array.Fill(least, long.MaxValue);
        foreach (Action run in runs)
        {
            run();
        }

        for (int round = 0; round < Rounds; round++)
        {
            for (int i = 0; i < runs.Length; i++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                runs[i]();
                least[i] = Math.Min(least[i], GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }

        return least;
    }

    private static Bars SyntheticBars(int count)
    {
        var random = new Random(7);
        var time = new long[count];
        var open = new double[count];
        var high = new double[count];
        var low = new double[count];
        var close = new double[count];
        var volume = new double[count];
        double price = 100;
        for (int i = 0; i < count; i++)
        {
            time[i] = TestBars.TimeOf(i);
            open[i] = price;
            price += random.NextDouble() - 0.5;
            close[i] = price;
            high[i] = Math.Max(open[i], close[i]) + random.NextDouble() * 0.2;
            low[i] = Math.Min(open[i], close[i]) - random.NextDouble() * 0.2;
            volume[i] = 1 + Math.Floor(random.NextDouble() * 1000);
        }

        return Bars.FromArrays(time, open, high, low, close, volume);
    }
}
