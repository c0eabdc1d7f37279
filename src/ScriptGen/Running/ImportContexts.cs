namespace ScriptGen;

/// <summary>
/// The contexts one run's imports run in (<see cref="ImportContext"/>): the chart's, and one per other (symbol,
/// timeframe, gaps, lookahead) an <c>Import(..., symbol:, timeframe:)</c> asks for, each built once per run with its
/// bars and the chart bar on which each of them becomes visible.
/// </summary>
/// <remarks>
/// A bar of a context becomes visible, without lookahead, on the first chart bar that closes at or after the bar's
/// period closes: a daily bar of a forex symbol on the hourly bar ending at 17:00 New York (or, when that bar is
/// missing, the next one), another symbol's bar on the chart bar whose period closes with it or later. Nothing a
/// script reads on a chart bar depends on bars after it, so a backtest cannot repaint. With lookahead, the bar whose
/// period holds the chart bar is visible from its first chart bar on, with its final values: TradingView's
/// <c>barmerge.lookahead_on</c> on historical bars, which reads the future.
/// </remarks>
internal sealed class ImportContexts
{
    private readonly RunContext _run;
    private readonly Dictionary<(string Ticker, Timeframe Period, bool Gaps, bool Lookahead), ImportContext> _contexts = new();
    private readonly Dictionary<(string Ticker, Timeframe Period), (Bars Bars, long[] Closes)> _bars = new();
    private readonly List<ImportContext> _order = new();
    private long[]? _chartCloses;

    public ImportContexts(RunContext run)
    {
        _run = run;
        Chart = ImportContext.Chart(run.Options.Symbol, run.Bars);
        _order.Add(Chart);
    }

    /// <summary>The chart's own context.</summary>
    public ImportContext Chart { get; }

    /// <summary>The chart's run, whose options and namespaces every context's scripts share.</summary>
    public RunContext Run => _run;

    /// <summary>Every context, the chart's first, then in the order they were asked for.</summary>
    public IReadOnlyList<ImportContext> All => _order;

    /// <summary>
    /// The context an indicator imported by a script running in <paramref name="importer"/> runs in: the importer's own
    /// when the import names no symbol or timeframe, else the bars of <paramref name="symbol"/> (the importer's when
    /// null) at <paramref name="timeframe"/> (the importer's bars' own when null or empty).
    /// </summary>
    /// <exception cref="ScriptRuntimeException">
    /// The timeframe is not a Pine timeframe, is lower than the chart's or than the symbol's bars', or the symbol is not
    /// among the run's symbols (<see cref="RunOptions.Symbols"/>).
    /// </exception>
    public ImportContext Resolve(ImportContext importer, string? symbol, string? timeframe, bool gaps, bool lookahead, string importerTitle, string importedTitle)
    {
        if (symbol is null && string.IsNullOrEmpty(timeframe) && !gaps && !lookahead)
        {
            return importer;
        }

        SymbolBars source = Source(symbol ?? importer.Symbol.Ticker, importerTitle, importedTitle);
        Timeframe period = Period(timeframe, importer, importerTitle, importedTitle);
        Timeframe chart = ChartPeriod;
        if (period.InSeconds < chart.InSeconds)
        {
            throw new ScriptRuntimeException(
                $"Script '{importerTitle}' imports '{importedTitle}' on timeframe \"{period.Period}\", which is lower than the chart's " +
                $"\"{chart.Period}\". An import on another timeframe reads a higher (or the same) timeframe, as Pine's request.security " +
                "does on historical bars; give a timeframe of the chart's or higher, or read the bars inside each chart bar with " +
                "ImportIntrabars(inputs, timeframe: ...) (Pine's request.security_lower_tf).",
                importerTitle);
        }

        ImportContext? context;
        if (source.Ticker == Chart.Symbol.Ticker && period == chart)
        {
            context = Chart; // The chart's own bars: every bar is new and none is ahead, so gaps and lookahead change nothing.
        }
        else if (!_contexts.TryGetValue((source.Ticker, period, gaps, lookahead), out context))
        {
            (Bars bars, long[] closes) = BarsAt(source, period, importerTitle, importedTitle);
            int[] visible = lookahead ? VisibleWithLookahead(bars.Time) : VisibleOnClose(closes);
            context = ImportContext.Other(source.Symbol, bars, visible, gaps);
            _contexts.Add((source.Ticker, period, gaps, lookahead), context);
            _order.Add(context);
        }

        RefuseNested(importer, context, $"{source.Ticker}, \"{period.Period}\"{(lookahead ? ", lookahead" : "")}{(gaps ? ", gaps" : "")}", importerTitle, importedTitle);
        return context;
    }

    /// <summary>
    /// The context of an indicator imported on a lower timeframe (<c>ImportIntrabars</c>, Pine's
    /// <c>request.security_lower_tf</c>): the bars of <paramref name="symbol"/> at <paramref name="timeframe"/>, from
    /// <see cref="RunOptions.LowerTimeframeBars"/> for the chart's symbol or from <see cref="RunOptions.Symbols"/> for
    /// another, built up to the timeframe when theirs is lower.
    /// </summary>
    /// <exception cref="ScriptRuntimeException">
    /// The timeframe is missing, not a Pine timeframe, or not lower than the chart's; the run has no bars of the symbol
    /// at that timeframe or a lower one.
    /// </exception>
    public ImportContext ResolveIntrabars(ImportContext importer, string? symbol, string? timeframe, string importerTitle, string importedTitle)
    {
        Timeframe chart = ChartPeriod;
        if (string.IsNullOrEmpty(timeframe))
        {
            throw new ScriptRuntimeException(
                $"Script '{importerTitle}' imports '{importedTitle}' on intrabars without a timeframe. ImportIntrabars needs a timeframe " +
                $"lower than the chart's \"{chart.Period}\", e.g. \"5\" for 5-minute bars inside each chart bar.",
                importerTitle);
        }

        Timeframe period = Period(timeframe, importer, importerTitle, importedTitle);
        if (period.InSeconds >= chart.InSeconds)
        {
            throw new ScriptRuntimeException(
                $"Script '{importerTitle}' imports '{importedTitle}' on intrabars of timeframe \"{period.Period}\", which is not lower " +
                $"than the chart's \"{chart.Period}\". ImportIntrabars reads the bars inside each chart bar, as Pine's " +
                "request.security_lower_tf does; for the chart's timeframe or a higher one use Import(inputs, timeframe: ...).",
                importerTitle);
        }

        SymbolBars source = IntrabarSource(symbol ?? importer.Symbol.Ticker, period, importerTitle, importedTitle);
        // A period lower than the chart's is only ever asked for by ImportIntrabars (Import refuses it), so the key
        // cannot meet a context of Import's.
        if (!_contexts.TryGetValue((source.Ticker, period, false, false), out ImportContext? context))
        {
            (Bars bars, long[] closes) = BarsAt(source, period, importerTitle, importedTitle);
            context = ImportContext.Intrabars(source.Symbol, bars, VisibleOnClose(closes), IntrabarStarts(bars.Time));
            _contexts.Add((source.Ticker, period, false, false), context);
            _order.Add(context);
        }

        RefuseNested(importer, context, $"{source.Ticker}, intrabars of \"{period.Period}\"", importerTitle, importedTitle);
        return context;
    }

    private static void RefuseNested(ImportContext importer, ImportContext context, string asked, string importerTitle, string importedTitle)
    {
        if (!importer.IsChart && context != importer)
        {
            // Every other context runs before the chart's scripts on each chart bar, each on its own; an indicator on one
            // reading another would read it a chart bar late or early, so this is refused rather than defined loosely.
            throw new ScriptRuntimeException(
                $"Script '{importerTitle}' runs on other bars ({importer.Symbol.Ticker}, \"{OwnPeriod(importer.Bars, importer.Symbol.Ticker).Period}\") " +
                $"and imports '{importedTitle}' on different ones ({asked}). An indicator imported on another timeframe or symbol " +
                $"imports on its own bars only: import '{importedTitle}' without a symbol, timeframe, gaps or lookahead there, or import " +
                "it from the chart's script.",
                importerTitle);
        }
    }

    /// <summary>The bars a lower timeframe of <paramref name="ticker"/> is read from: the run's lower-timeframe bars for the chart's symbol.</summary>
    private SymbolBars IntrabarSource(string ticker, Timeframe period, string importerTitle, string importedTitle)
    {
        if (ticker != Chart.Symbol.Ticker && ticker != Chart.Symbol.TickerId)
        {
            return Source(ticker, importerTitle, importedTitle);
        }

        return _run.Options.LowerTimeframeBars is { } lower
            ? new SymbolBars(Chart.Symbol, lower)
            : throw new ScriptRuntimeException(
                $"Script '{importerTitle}' imports '{importedTitle}' on intrabars of \"{period.Period}\", but the run has no lower-timeframe " +
                $"bars of '{Chart.Symbol.Ticker}': give bars of \"{period.Period}\" or a lower timeframe as RunOptions.LowerTimeframeBars " +
                "(--intrabar-data with the command-line tool).",
                importerTitle);
    }

    /// <summary>For each chart bar, the first of <paramref name="intrabarOpens"/> at or after the chart bar's open.</summary>
    private int[] IntrabarStarts(ReadOnlySpan<long> intrabarOpens)
    {
        ReadOnlySpan<long> chart = _run.Bars.Time;
        var starts = new int[chart.Length];
        int j = 0;
        for (int i = 0; i < chart.Length; i++)
        {
            while (j < intrabarOpens.Length && intrabarOpens[j] < chart[i])
            {
                j++;
            }

            starts[i] = j;
        }

        return starts;
    }

    private Timeframe ChartPeriod => OwnPeriod(_run.Bars, Chart.Symbol.Ticker);

    /// <summary>The bars' Pine timeframe; only a single bar given none has none, and then no other timeframe can be placed against it.</summary>
    private static Timeframe OwnPeriod(Bars bars, string ticker) => bars.Period ?? throw new ScriptRuntimeException(
        $"The bars of '{ticker}' are a single bar without a timeframe, so bars of another timeframe or symbol cannot be placed " +
        "against them: give the timeframe (BarDataOptions.Period) or more bars.");

    private SymbolBars Source(string ticker, string importerTitle, string importedTitle)
    {
        if (ticker == Chart.Symbol.Ticker || ticker == Chart.Symbol.TickerId)
        {
            return new SymbolBars(Chart.Symbol, _run.Bars);
        }

        BarsSet? symbols = _run.Options.Symbols;
        SymbolBars? found = symbols is null ? null
            : symbols.Contains(ticker) ? symbols[ticker]
            : symbols.FirstOrDefault(s => s.Symbol.TickerId == ticker);
        if (found is not null)
        {
            return found;
        }

        string available = symbols is null || symbols.Count == 0
            ? "the run has no other symbols (give them as RunOptions.Symbols, or run a sweep over a BarsSet)"
            : "the run's symbols are " + string.Join(", ", symbols.Tickers.Select(t => $"'{t}'"));
        throw new ScriptRuntimeException(
            $"Script '{importerTitle}' imports '{importedTitle}' on symbol '{ticker}', which the run has no bars of: the chart is " +
            $"'{Chart.Symbol.Ticker}' and {available}.",
            importerTitle);
    }

    private static Timeframe Period(string? text, ImportContext importer, string importerTitle, string importedTitle)
    {
        if (string.IsNullOrEmpty(text))
        {
            return OwnPeriod(importer.Bars, importer.Symbol.Ticker);
        }

        if (!Timeframe.TryParse(text, out Timeframe period, out string? problem))
        {
            throw new ScriptRuntimeException(
                $"Script '{importerTitle}' imports '{importedTitle}' on timeframe \"{text}\", which is not a Pine timeframe: {problem}. " +
                "Pine timeframes are a multiplier and a unit: \"15\" (minutes), \"60\", \"240\", \"1S\", \"D\", \"3D\", \"W\", \"M\"; " +
                "empty or null for the bars' own.",
                importerTitle);
        }

        return period;
    }

    /// <summary>The bars of <paramref name="source"/> at <paramref name="period"/>, with the instant each bar's period closes; built once per run.</summary>
    private (Bars Bars, long[] Closes) BarsAt(SymbolBars source, Timeframe period, string importerTitle, string importedTitle)
    {
        if (_bars.TryGetValue((source.Ticker, period), out (Bars, long[]) built))
        {
            return built;
        }

        Bars bars = source.Bars;
        Timeframe own = OwnPeriod(bars, source.Ticker);
        var schedule = SessionSchedule.For(source.Symbol, bars.Period);
        if (period.InSeconds < own.InSeconds)
        {
            throw new ScriptRuntimeException(
                $"Script '{importerTitle}' imports '{importedTitle}' on '{source.Ticker}' at timeframe \"{period.Period}\", but the run's " +
                $"bars of '{source.Ticker}' are \"{own.Period}\" bars: a timeframe is built from bars of the same or a lower timeframe. " +
                $"Give bars of \"{period.Period}\" or lower, or import at \"{own.Period}\" or higher.",
                importerTitle);
        }

        built = period == own ? (bars, PeriodCloses(bars, own, schedule)) : HigherTimeframeBars.Build(bars, period, schedule);
        _bars.Add((source.Ticker, period), built);
        return built;
    }

    /// <summary>The instant each of <paramref name="bars"/> closes: its own period's close (a session's close cuts an intraday bar short).</summary>
    private static long[] PeriodCloses(Bars bars, Timeframe period, SessionSchedule schedule)
    {
        ReadOnlySpan<long> time = bars.Time;
        var closes = new long[time.Length];
        for (int i = 0; i < closes.Length; i++)
        {
            closes[i] = schedule.Period(period, time[i]).Close;
        }

        return closes;
    }

    private long[] ChartCloses => _chartCloses ??=
        PeriodCloses(_run.Bars, ChartPeriod, SessionSchedule.For(Chart.Symbol, _run.Bars.Period));

    /// <summary>
    /// Without lookahead: for each of the context's bars (by the instant its period closes), the first chart bar that closes
    /// at or after it; the chart's bar count for one that never does.
    /// </summary>
    /// <remarks>
    /// An intraday chart bar closes after it opens and at most one timeframe later, so a binary search over the chart's
    /// openings finds the few candidates and only those have their exact close reckoned (a schedule look-up): a daily
    /// context of a million one-minute bars costs a few hundred searches, not a pass over the chart.
    /// </remarks>
    private int[] VisibleOnClose(long[] closes)
    {
        Timeframe period = ChartPeriod;
        if (!period.IsIntraday)
        {
            return VisibleFromCloses(closes, ChartCloses); // Days, weeks and months vary in length: reckon every close.
        }

        ReadOnlySpan<long> opens = _run.Bars.Time;
        long longest = period.InSeconds * 1000;
        var schedule = SessionSchedule.For(Chart.Symbol, _run.Bars.Period);
        var from = new int[closes.Length];
        int chartBar = 0, reckoned = -1;
        long reckonedClose = 0;
        for (int j = 0; j < closes.Length; j++)
        {
            long close = closes[j];
            chartBar = FirstAtOrAfter(opens, chartBar, close - longest);
            while (chartBar < opens.Length && opens[chartBar] < close)
            {
                if (reckoned != chartBar)
                {
                    reckoned = chartBar;
                    reckonedClose = schedule.Period(period, opens[chartBar]).Close;
                }

                if (reckonedClose >= close)
                {
                    break;
                }

                chartBar++;
            }

            from[j] = chartBar;
        }

        return from;
    }

    /// <summary>For each of <paramref name="closes"/>, the first chart bar at or after the last one's whose close is at or after it.</summary>
    private static int[] VisibleFromCloses(long[] closes, long[] chartCloses)
    {
        var from = new int[closes.Length];
        int chartBar = 0;
        for (int j = 0; j < closes.Length; j++)
        {
            while (chartBar < chartCloses.Length && chartCloses[chartBar] < closes[j])
            {
                chartBar++;
            }

            from[j] = chartBar;
        }

        return from;
    }

    /// <summary>With lookahead: for each of the context's bars, the first chart bar opening inside its period (at or after its open).</summary>
    private int[] VisibleWithLookahead(ReadOnlySpan<long> opens)
    {
        ReadOnlySpan<long> chart = _run.Bars.Time;
        var from = new int[opens.Length];
        int chartBar = 0;
        for (int j = 0; j < opens.Length; j++)
        {
            chartBar = FirstAtOrAfter(chart, chartBar, opens[j]);
            from[j] = chartBar;
        }

        return from;
    }

    /// <summary>The first index from <paramref name="start"/> on whose time is at or after <paramref name="instant"/> (times increase).</summary>
    private static int FirstAtOrAfter(ReadOnlySpan<long> times, int start, long instant)
    {
        int found = times[start..].BinarySearch(instant);
        return start + (found >= 0 ? found : ~found);
    }
}
