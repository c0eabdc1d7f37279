using System.ComponentModel;
using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;
using ScriptGen.Namespaces;

namespace ScriptGen;

/// <summary>
/// The base of every script. A script is a <c>partial class</c> in a <c>.pine.cs</c> file marked
/// <see cref="StrategyAttribute"/> or <see cref="IndicatorAttribute"/>; the generator completes it
/// into a <see cref="StrategyScript"/> or <see cref="IndicatorScript"/>. The script overrides
/// <see cref="Process"/> (Pine's script body, run once per bar) and optionally <see cref="Setup"/>.
/// </summary>
/// <remarks>
/// <para>Inside a script, Pine's built-ins read as in Pine: the bar series <c>open</c>, <c>high</c>,
/// <c>low</c>, <c>close</c>, <c>volume</c>, <c>hl2</c>, <c>hlc3</c>, <c>ohlc4</c>, <c>hlcc4</c>,
/// <c>time</c>, <c>bar_index</c> (each indexable: <c>close[1]</c>), the namespaces <c>ta</c>, <c>math</c>,
/// <c>input</c>, <c>chart</c>, <c>color</c> (and <c>strategy</c> in strategies), <c>na(x)</c> and
/// <c>nz(x)</c>. Pine's <c>na</c> value is <see cref="double.NaN"/>.</para>
/// <para>A script instance runs once. Create one per run with the generated factory
/// (<c>MyScript.Create(...)</c>).</para>
/// </remarks>
public abstract partial class Script
{
    internal BarCursor Cursor;
    internal PlotBuffer[] PlotBuffers = [];
    internal ChartBuffers ChartSinks = ChartBuffers.Empty;
    private TaNamespace _ta = TaNamespace.Default;
    private MathNamespace _math = MathNamespace.Default;
    private InputNamespace _input = InputNamespace.Default;
    private ChartNamespace _chart = ChartNamespace.Default;
    private ColorNamespace _color = ColorNamespace.Default;
    private NamespaceRegistry _namespaces = NamespaceRegistry.Defaults;
    private SymbolInfo _symbol = SymbolInfo.Default;
    private TimeZoneInfo? _exchangeTimeZone;
    private bool _started;
    private RunContext? _runContext;

    /// <summary>The script's compile-time description (emitted by the generator).</summary>
    public abstract ScriptMetadata GetMetadata();

    /// <summary>Pine's <c>ta</c>: technical analysis functions, each call site with its own state.</summary>
    protected PineTa ta => new(this, _ta);

    /// <summary>
    /// Pine's <c>math</c>: <c>math.Abs</c>, <c>math.Max</c>, <c>math.Round</c>, ... are plain functions callable
    /// anywhere; <c>math.Sum</c> keeps a rolling window per call site, like <c>ta</c>.
    /// </summary>
    protected PineMath math => new(this, _math);

    /// <summary>Pine's <c>input</c>: inputs declared inside <see cref="Setup"/>.</summary>
    protected PineInput input => new(this, _input);

    /// <summary>Plotting (Pine's <c>plot</c> and friends).</summary>
    protected PineChart chart => new(this, _chart);

    /// <summary>Pine's <c>color</c>: named colors, <c>Rgb</c>, <c>New</c>.</summary>
    protected ColorNamespace color => _color;

    /// <summary>Pine's <c>syminfo</c>: the traded symbol's tick size, point value, currency, time zone.</summary>
    protected SymbolInfo syminfo => _symbol;

    /// <summary>Pine's <c>open</c>.</summary>
    protected PriceSeries open => new(this, PriceSource.Open);

    /// <summary>Pine's <c>high</c>.</summary>
    protected PriceSeries high => new(this, PriceSource.High);

    /// <summary>Pine's <c>low</c>.</summary>
    protected PriceSeries low => new(this, PriceSource.Low);

    /// <summary>Pine's <c>close</c>.</summary>
    protected PriceSeries close => new(this, PriceSource.Close);

    /// <summary>Pine's <c>volume</c> (na when the bars have no volume).</summary>
    protected PriceSeries volume => new(this, PriceSource.Volume);

    /// <summary>Pine's <c>hl2</c> = (high + low) / 2.</summary>
    protected PriceSeries hl2 => new(this, PriceSource.Hl2);

    /// <summary>Pine's <c>hlc3</c> = (high + low + close) / 3.</summary>
    protected PriceSeries hlc3 => new(this, PriceSource.Hlc3);

    /// <summary>Pine's <c>ohlc4</c> = (open + high + low + close) / 4.</summary>
    protected PriceSeries ohlc4 => new(this, PriceSource.Ohlc4);

    /// <summary>Pine's <c>hlcc4</c> = (high + low + 2 * close) / 4.</summary>
    protected PriceSeries hlcc4 => new(this, PriceSource.Hlcc4);

    /// <summary>Pine's <c>time</c>: the bar's open time, Unix milliseconds UTC.</summary>
    protected TimeSeries time => new(this);

    /// <summary>Pine's <c>bar_index</c>: the bar's 0-based index.</summary>
    protected BarIndexSeries bar_index => new(this);

    /// <summary>Pine's <c>na(x)</c>: whether <paramref name="value"/> is na (NaN).</summary>
    protected static bool na(double value) => double.IsNaN(value);

    /// <summary>Pine's <c>nz(x, replacement)</c>: <paramref name="value"/>, or <paramref name="replacement"/> when it is na.</summary>
    protected static double nz(double value, double replacement = 0) => double.IsNaN(value) ? replacement : value;

    /// <summary>The run's symbol (for facades computing plain calls, such as <c>math.RoundToMintick</c>).</summary>
    internal SymbolInfo Symbol => _symbol;

    /// <summary>The time zone of the run's symbol, resolved on first use.</summary>
    /// <exception cref="ScriptEngineException">The symbol's time zone id is unknown.</exception>
    internal TimeZoneInfo ExchangeTimeZone => _exchangeTimeZone ??= _symbol.GetTimeZone();

    /// <summary>
    /// A namespace registered with the engine under <paramref name="name"/>
    /// (<see cref="RuntimeEnvironment.RegisterNamespace"/>), typically fetched once in <see cref="Setup"/>.
    /// </summary>
    /// <exception cref="NamespaceException">Nothing is registered under that name, or it is not a <typeparamref name="T"/>.</exception>
    protected T Namespace<T>(string name)
        where T : class => _namespaces.Resolve<T>(name);

    /// <summary>Runs once before the first bar (bar values are not available yet): fetch namespaces, read <c>input.*</c>.</summary>
    protected virtual void Setup() { }

    /// <summary>The script body: runs once per bar, after the bar closes, as Pine's script does.</summary>
    protected abstract void Process();

    /// <summary>The bar loop (emitted by the generator).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected abstract void RunBars(int start, int end);

    /// <summary>
    /// Whether the generated bar loop may run the script's body inline, with its call sites' state in locals of the
    /// loop rather than fields: true unless a namespace registered in place of the default <c>ta</c> or <c>math</c>
    /// must see each call, or a strategy re-runs its body after fills (which rolls the fields back). Read by the
    /// generated <see cref="RunBars"/> on each call.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected bool RunsBodyInline { get; private protected set; }

    /// <summary>
    /// Whether the generated bar loop may skip a <c>chart</c> call whose value is dropped, arguments and all: the run draws
    /// nothing (<see cref="SkipsChart"/>) and <c>color</c> is the default namespace, whose named colors only
    /// return a value. The generator skips only calls whose arguments have no other effect either (constants, locals,
    /// fields, bar values, inputs, named colors, operators on them). Read by the generated <see cref="RunBars"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected bool SkipsChartCalls { get; private set; }

    /// <summary>
    /// Whether the <c>chart</c> calls have nothing to do in this run: nobody reads what it draws (plots off,
    /// <see cref="RunOptions.RecordPlots"/>, or a sweep's run, <see cref="RunOptions.ChartUnread"/>), <c>chart</c> is the
    /// default namespace and the script is not imported. Each call is then one test of this field, where recording a plot's
    /// last color would find its buffer, check the namespace's type and store the color, on every bar.
    /// </summary>
    internal bool SkipsChart;

    /// <summary>Resets call-site state and sizes series history before a run (emitted by the generator).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual void PrepareRunState() { }

    /// <summary>Moves to bar <paramref name="index"/> (called by the generated bar loop).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void BeginBar(int index) => Cursor.Index = index;

    /// <summary>
    /// Runs the script over the context's bars: namespaces, setup (which starts the indicators it
    /// imports), then the bar loop, every imported indicator processing each bar before this script.
    /// </summary>
    internal void Execute(RunContext context)
    {
        RunOptions options = context.Options;
        options.Limits?.Validate();
        RunBudget? budget = RunBudget.IsNeeded(options.Limits, options.Cancellation)
            ? new RunBudget(options.Limits, GetMetadata().Title, options.Cancellation)
            : null;
        RunBudget? outer = ScriptBudget.Current;
        ScriptBudget.Current = budget;
        try
        {
            var imports = new ImportSet(context);
            imports.EnterRoot(GetType());
            Start(context, imports, imports.Contexts.Chart, imported: false);
            RunBarLoop(context, imports, budget);
        }
        finally
        {
            ScriptBudget.Current = outer;
        }
    }

    /// <summary>Binds the run's namespaces, symbol and plots, then runs <see cref="Setup"/> (where <c>Import</c> may start other scripts).</summary>
    private void Start(RunContext context, ImportSet imports, ImportContext importContext, bool imported)
    {
        if (_started)
        {
            throw new InvalidOperationException(
                $"This instance of '{GetType().Name}' has already run; a script instance runs once. Create a new one for each run.");
        }

        _started = true;
        _runContext = context;
        _importContext = importContext;
        ScriptMetadata metadata = GetMetadata();
        _namespaces = context.Namespaces;
        context.Options.Symbol.Validate();
        _symbol = context.Options.Symbol;
        _ta = _namespaces.Resolve<TaNamespace>(NamespaceRegistry.Ta);
        _math = _namespaces.Resolve<MathNamespace>(NamespaceRegistry.Math);
        _input = _namespaces.Resolve<InputNamespace>(NamespaceRegistry.Input);
        _chart = _namespaces.Resolve<ChartNamespace>(NamespaceRegistry.Chart);
        _color = _namespaces.Resolve<ColorNamespace>(NamespaceRegistry.Color);
        // A registered ta or math is reached through its virtual core, which takes a call site's state by reference:
        // such a run keeps the states in fields and calls Process().
        RunsBodyInline = _ta.GetType() == typeof(TaNamespace) && _math.GetType() == typeof(MathNamespace);

        // An importer reads an indicator's plots back in history, so an imported indicator records them all.
        PlotBuffers = CreatePlotBuffers(metadata, context.Bars.Count, record: imported || context.Options.RecordPlots);
        // The other chart elements only reach the run's result, which an imported indicator has none of.
        ChartSinks = new ChartBuffers(metadata, context.Bars.Count, record: !imported && context.Options.RecordPlots);
        // Plots off, nothing reads the drawing (a plot's last color and an hline's price only describe what would be drawn).
        bool drawingUnread = context.Options.ChartUnread || !context.Options.RecordPlots;
        SkipsChart = drawingUnread && !imported && _chart.GetType() == typeof(ChartNamespace);
        SkipsChartCalls = SkipsChart && _color.GetType() == typeof(ColorNamespace);
        StartAlerts(imported);
        OnRunStarting(context, metadata);
        PrepareRunState();
        _importsBeingSetUp = imports;
        try
        {
            RunSetup(metadata);
        }
        finally
        {
            _importsBeingSetUp = null;
        }
    }

    /// <summary>Bars between two looks at <see cref="RunOptions.Cancellation"/> when the run has no <see cref="RunOptions.Limits"/>.</summary>
    internal const int CancellationStride = 1024;

    private void RunBarLoop(RunContext context, ImportSet importSet, RunBudget? budget)
    {
        IReadOnlyList<Script> imports = importSet.RunOrder;
        IReadOnlyList<ImportContext> contexts = importSet.Contexts.All;
        using var pinned = new PinnedBars(context.Bars);
        using var others = new PinnedContexts(contexts);
        Cursor = pinned.Cursor;
        foreach (Script import in importSet.Contexts.Chart.Scripts)
        {
            import.Cursor = pinned.Cursor;
        }

        int count = context.Bars.Count;
        Script running = this;
        try
        {
            // A budget for cancellation alone (no limits, so nothing counted per bar) is checked every CancellationStride
            // bars: the loop then runs in long calls, as without a token, instead of one call per bar. A sweep's runs take
            // the same strides without a token (RunOptions.RunsInStrides), so the loop is promoted to optimized code.
            RunBudget? perBar = budget is { HasLimits: true } ? budget : null;
            int stride = budget is null && !context.Options.RunsInStrides ? int.MaxValue : CancellationStride;
            if (importSet.Contexts.Chart.Scripts.Count == 0 && perBar is null)
            {
                // No indicator imported on the chart's bars: between the chart bars where another timeframe or symbol
                // shows something new (with none, every stride), this script runs bar after bar in one call.
                for (int bar = 0; bar < count;)
                {
                    budget?.BeginBar(bar);
                    int next = (int)Math.Min(count, (long)bar + stride);
                    for (int c = 1; c < contexts.Count; c++)
                    {
                        AdvanceContext(contexts[c], others.CursorOf(c), bar, ref running);
                        next = Math.Min(next, contexts[c].NextChange(bar));
                    }

                    running = this;
                    RunBars(bar, next);
                    bar = next;
                }

                budget?.EndRun();
            }
            else
            {
                IReadOnlyList<Script> chartImports = importSet.Contexts.Chart.Scripts;
                // Lockstep: each bar, the bars of other timeframes and symbols that became visible, then every imported
                // indicator of the chart's (dependencies first), then this script.
                for (int bar = 0; bar < count; bar++)
                {
                    budget?.BeginBar(bar);
                    for (int c = 1; c < contexts.Count; c++)
                    {
                        AdvanceContext(contexts[c], others.CursorOf(c), bar, ref running);
                    }

                    for (int i = 0; i < chartImports.Count; i++)
                    {
                        running = chartImports[i];
                        running.RunBars(bar, bar + 1);
                    }

                    running = this;
                    RunBars(bar, bar + 1);
                }

                budget?.EndRun();
            }
        }
        catch (Exception failure) when (failure is not ScriptEngineException and not OperationCanceledException)
        {
            string? importer = running == this ? null : GetMetadata().Title;
            ScriptMetadata failed = running.GetMetadata();
            throw ScriptRuntimeException.FromBarFailure(
                failed.SourceFile, failed.Title, running.Cursor.Index, running.ReadTime(0), failure, importer);
        }
        finally
        {
            OnRunFinished(context);
            Cursor = default; // A series struct kept past the run must not read unpinned memory.
            foreach (Script import in imports)
            {
                import.Cursor = default;
                import.AwaitingFirstBar = false; // after the run, its plots are not readable (PlotSeries says so)
            }
        }
    }

    /// <summary>Hook for the script kinds: runs after namespaces are bound, before <see cref="Setup"/>.</summary>
    private protected virtual void OnRunStarting(RunContext context, ScriptMetadata metadata) { }

    /// <summary>Hook for the script kinds: runs after the last bar, while bar values are still readable.</summary>
    private protected virtual void OnRunFinished(RunContext context) { }

    // Inlined so that at a call site, where the source is a constant, the switch folds away and a
    // read of close is two loads and a compare (measured: the indicator benchmark 6.7 -> 5.6 ms).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal unsafe double ReadPrice(PriceSource source, int barsBack)
    {
        ref readonly BarCursor cursor = ref Cursor;
        if (cursor.Close == null || (uint)barsBack > (uint)cursor.Index)
        {
            return OutsideBars(barsBack);
        }

        int i = cursor.Index - barsBack;
        return source switch
        {
            PriceSource.Open => cursor.Open[i],
            PriceSource.High => cursor.High[i],
            PriceSource.Low => cursor.Low[i],
            PriceSource.Close => cursor.Close[i],
            PriceSource.Volume => cursor.Volume == null ? double.NaN : cursor.Volume[i],
            PriceSource.Hl2 => (cursor.High[i] + cursor.Low[i]) / 2,
            PriceSource.Hlc3 => (cursor.High[i] + cursor.Low[i] + cursor.Close[i]) / 3,
            PriceSource.Ohlc4 => (cursor.Open[i] + cursor.High[i] + cursor.Low[i] + cursor.Close[i]) / 4,
            _ => (cursor.High[i] + cursor.Low[i] + 2 * cursor.Close[i]) / 4, // TradingView rounds (h + l) + 2c, not ((h + l) + c) + c
        };
    }

    /// <summary>
    /// The stored column <paramref name="source"/> from the first bar to the current one (bar <c>i</c> at index <c>i</c>), or
    /// empty for a price computed from several columns (<c>hl2</c> ...), a missing volume, or outside the bar loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal unsafe ReadOnlySpan<double> StoredColumn(PriceSource source)
    {
        ref readonly BarCursor cursor = ref Cursor;
        double* column = source switch
        {
            PriceSource.Open => cursor.Open,
            PriceSource.High => cursor.High,
            PriceSource.Low => cursor.Low,
            PriceSource.Close => cursor.Close,
            PriceSource.Volume => cursor.Volume,
            _ => null,
        };
        return column == null ? default : new ReadOnlySpan<double>(column, cursor.Index + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal unsafe long ReadTime(int barsBack)
    {
        if (Cursor.Time == null || (uint)barsBack > (uint)Cursor.Index)
        {
            OutsideBars(barsBack); // Throws for a negative offset or outside the bar loop.
            return 0; // Before the first bar there is no time.
        }

        return Cursor.Time[Cursor.Index - barsBack];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private unsafe double OutsideBars(int barsBack)
    {
        if (barsBack < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(barsBack), barsBack, $"[{barsBack}] reads the future; a history offset must be 0 or more.");
        }

        if (Cursor.Close == null)
        {
            throw new ScriptRuntimeException(
                $"Script '{GetMetadata().Title}' read a bar value outside the bar loop. Bar values " +
                "(open, close, time, ...) are only available in Process(), not in Setup() or the constructor.",
                GetMetadata().Title);
        }

        return double.NaN; // Before the first bar: Pine's na.
    }

    private void RunSetup(ScriptMetadata metadata)
    {
        try
        {
            Setup();
        }
        catch (Exception failure) when (failure is not ScriptEngineException and not OperationCanceledException)
        {
            throw new ScriptRuntimeException(
                $"Script '{metadata.Title}' failed in Setup(): {failure.Message}", metadata.Title, innerException: failure);
        }
    }

    private static PlotBuffer[] CreatePlotBuffers(ScriptMetadata metadata, int barCount, bool record)
    {
        var buffers = new PlotBuffer[metadata.Plots.Count];
        for (int i = 0; i < buffers.Length; i++)
        {
            buffers[i] = new PlotBuffer(metadata.Plots[i], barCount, record);
        }

        return buffers;
    }
}
