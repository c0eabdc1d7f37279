using System.ComponentModel;
using System.Runtime.CompilerServices;
using ScriptGen.Namespaces;
using ScriptGen.Trading;

namespace ScriptGen;

/// <summary>
/// The base of strategy scripts (Pine's <c>strategy()</c>): places orders through <c>strategy</c>,
/// which the run's broker fills as TradingView's broker emulator does. Declare one with
/// <see cref="StrategyAttribute"/> on a <c>partial class</c>; the generator derives it from this class.
/// </summary>
public abstract class StrategyScript : Script, IIntrabarScript
{
    private Broker? _broker;
    private StrategyNamespace _strategy = StrategyNamespace.Default;
    private bool _barStartSaved;
    private Color?[] _savedPlotColors = [];

    /// <summary>Pine's <c>strategy</c>: orders, position, equity and trades.</summary>
    protected PineStrategy strategy => new(Broker, _strategy);

    /// <summary>This run's broker.</summary>
    internal Broker Broker => _broker ?? NoBrokerYet(); // Read on every strategy.* access: the throw is kept out so this inlines.

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Broker NoBrokerYet() => throw new ScriptRuntimeException(
        $"Script '{GetMetadata().Title}' used strategy before its run started; orders can be placed from Setup() and Process().",
        GetMetadata().Title);

    /// <summary>
    /// Moves to bar <paramref name="index"/>: fills the orders pending at its open and along its
    /// path, and marks the position to its close, before the script runs on it (called by the
    /// generated bar loop).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void BeginStrategyBar(int index)
    {
        Cursor.Index = index;
        _broker!.OnBar(in Cursor);
        if (_barStartSaved)
        {
            RestoreBarStart(); // The bar's ordinary run starts from where the re-runs after fills started.
            _barStartSaved = false;
        }
    }

    /// <summary>
    /// Why this script's state cannot be rolled back for <c>calc_on_order_fills</c>, or null when it can
    /// (emitted by the generator, which knows every field).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual string? BarStateRollbackProblem => "it was not compiled by the ScriptGen generator";

    /// <summary>Saves every field, series and call-site state as the bar starts (emitted by the generator).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual void SaveBarState() { }

    /// <summary>Puts back what <see cref="SaveBarState"/> saved (emitted by the generator).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual void RestoreBarState() { }

    /// <summary>One run of the script body on the current bar: the series advance, then <c>Process()</c> (emitted by the generator).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual void RunBarBody() => Process();

    void IIntrabarScript.RunAfterFill()
    {
        if (_barStartSaved)
        {
            RestoreBarStart();
        }
        else
        {
            SaveBarStart(); // Only on bars with a fill: other bars pay nothing for the rollback.
            _barStartSaved = true;
        }

        InIntrabarRun = true; // An Alert(..., OncePerBarClose) waits for the bar's closing execution.
        try
        {
            RunBarBody();
        }
        finally
        {
            InIntrabarRun = false;
        }
    }

    private void SaveBarStart()
    {
        SaveBarState();
        for (int i = 0; i < PlotBuffers.Length; i++)
        {
            _savedPlotColors[i] = PlotBuffers[i].LastColor;
        }
    }

    private void RestoreBarStart()
    {
        RestoreBarState();
        int bar = Cursor.Index;
        for (int i = 0; i < PlotBuffers.Length; i++)
        {
            PlotBuffers[i].Reset(bar, _savedPlotColors[i]); // A plot the bar's last run does not call stays na.
        }

        ChartSinks.ResetBar(bar);
    }

    /// <summary>
    /// The script has run on the current bar: <c>immediately</c> closes and, with
    /// <c>process_orders_on_close</c>, the orders just placed get their fill pass at the close (called by
    /// the generated bar loop after <c>Process()</c>; a field test when there is nothing to do).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void EndStrategyBar()
    {
        Broker broker = _broker!;
        if (broker.HasCloseWork)
        {
            broker.OnBarClose(in Cursor);
        }
    }

    private protected override void OnRunStarting(RunContext context, ScriptMetadata metadata)
    {
        StrategySettings settings = context.Options.Strategy ?? metadata.Strategy ?? StrategySettings.Default;
        settings.Validate(metadata.Title);
        _strategy = context.Namespaces.Resolve<StrategyNamespace>(NamespaceRegistry.Strategy);
        RunOptions options = context.Options;
        EquityRecorder equity = options.RecordEquity
            ? EquityRecorder.EveryBar(context.Bars.Count, settings.InitialCapital)
            : EquityRecorder.AtPeriodEnds(PeriodEnds.For(context.Bars, options.Symbol.GetTimeZone()), settings.InitialCapital);
        _broker = new Broker(
            settings, options.Symbol, equity, options.FillModel, options.CommissionModel, options.SlippageModel, MagnifierFor(context, metadata, settings),
            options.RecordDrawdown, options.RecordTrades);
        if (settings.CalcOnOrderFills && !settings.ProcessOrdersOnClose)
        {
            if (BarStateRollbackProblem is { } problem)
            {
                throw new ScriptEngineException(
                    $"Strategy '{metadata.Title}' runs with CalcOnOrderFills, which re-runs Process() after each fill within a bar " +
                    $"and first puts every field and call-site state back to its value at the bar's start; but {problem}. " +
                    "Fields that can be rolled back are value types, strings and Series<T>; mark a field [Varip] to keep its value across the re-runs instead.");
            }

            _savedPlotColors = new Color?[PlotBuffers.Length];
            _broker.RecalculateOnFills(this);
            RunsBodyInline = false; // the re-runs roll the call sites' state fields back, so the fields must be current

        }
    }

    /// <summary>The bar magnifier's intrabars when the settings turn it on; the run's magnifier bars must be given exactly then.</summary>
    private static Intrabars? MagnifierFor(RunContext context, ScriptMetadata metadata, StrategySettings settings)
    {
        Bars? magnifier = context.Options.MagnifierBars;
        if (settings.UseBarMagnifier)
        {
            return magnifier is null
                ? throw new ScriptEngineException(
                    $"Strategy '{metadata.Title}' sets UseBarMagnifier, which fills orders along lower-timeframe bars inside each bar, but the run " +
                    "was given none: pass bars of the same symbol at a lower timeframe as RunOptions.MagnifierBars (the CLI's --magnifier-data), " +
                    "or run without the magnifier (RunOptions.Strategy with UseBarMagnifier = false).")
                : Intrabars.Map(context.Bars, magnifier, context.Options.Symbol.MinTick);
        }

        return magnifier is null
            ? null
            : throw new ScriptEngineException(
                $"The run was given RunOptions.MagnifierBars, but strategy '{metadata.Title}' does not set UseBarMagnifier, so they would go " +
                "unused: set UseBarMagnifier = true on its [Strategy] attribute or through RunOptions.Strategy, or leave MagnifierBars unset.");
    }

    private protected override unsafe void OnRunFinished(RunContext context)
    {
        // The result keeps the broker; it must not keep this script (and a collectible script's load context) alive.
        _broker?.RecalculateOnFills(null);
        if (_broker is null || Cursor.Close == null)
        {
            return;
        }

        int last = context.Bars.Count - 1;
        _broker.MarkOpenTradesAtEnd(last, Cursor.Time[last], Cursor.Close[last]);
    }
}
