using ScriptGen.CompilerServices;

namespace ScriptGen;

public abstract partial class Script
{
    private ImportSet? _importsBeingSetUp;
    private ImportContext? _importContext; // the bars this script runs on, where its own imports start

    /// <summary>
    /// Imports an indicator script: it runs on the same bars, one bar ahead of this script's
    /// <see cref="Process"/> (it has processed the current bar when <c>Process()</c> runs), and this
    /// script reads its plots (<c>rsi.Plots.RSI</c>, <c>rsi.Plots.RSI[1]</c>) and public members.
    /// Call it in <see cref="Setup"/> and keep the result in a field:
    /// <c>_rsi = Import(new Rsi.Inputs { Length = 14 });</c>.
    /// With a <paramref name="timeframe"/> or a <paramref name="symbol"/> it runs on other bars instead, as Pine's
    /// <c>request.security</c> evaluates an expression: <c>_daily = Import(new Trend.Inputs { Length = 50 }, timeframe: "D")</c>.
    /// </summary>
    /// <remarks>
    /// <para>An indicator imported more than once in a run with equal inputs on the same bars (by this script, or by
    /// the indicators it imports) is one instance, computed once per bar. The generator checks imports at
    /// compile time: the target is an indicator, the inputs exist, their constants are in range, a constant
    /// timeframe is a Pine timeframe (SG0064), and no scripts import each other in a cycle.</para>
    /// <para>On another timeframe or symbol the indicator runs each of its bars once that bar has closed: on the chart
    /// bar that closes at or after the end of the bar's period (a forex daily bar on the hourly bar ending at 17:00
    /// New York). Until then this script reads the last bar that closed, so nothing it reads depends on a later chart
    /// bar. Its plots' history (<c>daily.Plots.Ema[1]</c>) counts its own bars: the day before. Higher timeframes
    /// are built from the symbol's bars (docs/multi-timeframe.md).</para>
    /// </remarks>
    /// <typeparam name="TIndicator">The indicator, inferred from its inputs record.</typeparam>
    /// <param name="inputs">The indicator's inputs, e.g. <c>new Rsi.Inputs { Length = 14 }</c> or <c>Rsi.Inputs.Default</c>.</param>
    /// <param name="timeframe">
    /// The Pine timeframe to run on (<c>"240"</c>, <c>"D"</c>, <c>"W"</c>), the chart's or higher; null or empty for the
    /// bars of the importing script.
    /// </param>
    /// <param name="symbol">
    /// Another symbol of the run (<see cref="RunOptions.Symbols"/>), by ticker (<c>"SPY"</c>) or ticker id (<c>"BATS:SPY"</c>);
    /// null for the importing script's.
    /// </param>
    /// <param name="gaps">
    /// Pine's <c>barmerge.gaps_on</c>: a plot's current value (<c>[0]</c>) reads na on chart bars where no new bar of the
    /// timeframe or symbol closed; false (the default) repeats the last one.
    /// </param>
    /// <param name="lookahead">
    /// Pine's <c>barmerge.lookahead_on</c>: the bar whose period holds the chart bar is visible from its first chart
    /// bar on, with its final values. This reads the future (a daily close before the day ends); use it only to read
    /// history, e.g. yesterday's values as <c>[1]</c>. False by default.
    /// </param>
    /// <returns>The running indicator.</returns>
    /// <exception cref="ScriptRuntimeException">
    /// Called outside <see cref="Setup"/>; the timeframe is not a Pine timeframe or is lower than the chart's (see
    /// <see cref="ImportIntrabars{TIndicator}(IScriptInputs{TIndicator}, string, string?)"/> for those); the symbol is not
    /// among the run's symbols.
    /// </exception>
    /// <exception cref="InputValidationException">An input out of its bounds.</exception>
    /// <exception cref="CircularImportException">The indicator imports, directly or not, a script that is importing it.</exception>
    protected TIndicator Import<TIndicator>(
        IScriptInputs<TIndicator> inputs, [TimeframeArgument] string? timeframe = null, string? symbol = null, bool gaps = false, bool lookahead = false)
        where TIndicator : IndicatorScript
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ImportSet imports = _importsBeingSetUp ?? throw new ScriptRuntimeException(
            $"Script '{GetMetadata().Title}' called Import(...) outside Setup(). Imports are set up once, before the first bar: " +
            "call Import in Setup() and keep the indicator in a field that Process() reads.",
            GetMetadata().Title);
        ImportContext context = imports.Contexts.Resolve(
            _importContext!, symbol, timeframe, gaps, lookahead, GetMetadata().Title, typeof(TIndicator).Name);
        return (TIndicator)imports.GetOrStart(typeof(TIndicator), inputs, context, inputs.CreateScript, StartAsImport);
    }

    /// <summary>Imports an indicator script with its default inputs (see <see cref="Import{TIndicator}(IScriptInputs{TIndicator}, string?, string?, bool, bool)"/>).</summary>
    /// <exception cref="ScriptRuntimeException">Called outside <see cref="Setup"/>; a timeframe or symbol the run cannot give.</exception>
    /// <exception cref="CircularImportException">The indicator imports, directly or not, a script that is importing it.</exception>
    protected TIndicator Import<TIndicator>(
        [TimeframeArgument] string? timeframe = null, string? symbol = null, bool gaps = false, bool lookahead = false)
        where TIndicator : IndicatorScript, IGeneratedScript<TIndicator> =>
        Import(TIndicator.DefaultInputs, timeframe, symbol, gaps, lookahead);

    /// <summary>
    /// Imports an indicator on a lower timeframe than the chart's, as Pine's <c>request.security_lower_tf</c>: it runs on
    /// every bar of that timeframe, and on each chart bar this script reads the values it plotted on the bars inside it
    /// as a span, <c>_fiveMinute.Plots.Rsi.Intrabars</c> (<see cref="PlotSeries.Intrabars"/>). Call it in
    /// <see cref="Setup"/> and keep the result in a field: <c>_fiveMinute = ImportIntrabars(new Rsi.Inputs(), timeframe: "5")</c>.
    /// </summary>
    /// <remarks>
    /// <para>The bars come from the run: <see cref="RunOptions.LowerTimeframeBars"/> for the chart's symbol, the symbol's
    /// bars in <see cref="RunOptions.Symbols"/> for another; built up to <paramref name="timeframe"/> when theirs is
    /// lower (1-minute bars give "5"). A chart bar's intrabars are the bars opening inside it that have closed by its
    /// close; a lower-timeframe bar in a hole of the chart's bars runs (the indicator's state includes it) but belongs to
    /// no chart bar's span.</para>
    /// <para>The plots themselves (<c>_fiveMinute.Plots.Rsi</c>, <c>[1]</c>) read the last intrabar that closed and the
    /// ones before it, as Pine's <c>request.security</c> on a lower timeframe returns the last one.</para>
    /// </remarks>
    /// <typeparam name="TIndicator">The indicator, inferred from its inputs record.</typeparam>
    /// <param name="inputs">The indicator's inputs.</param>
    /// <param name="timeframe">A Pine timeframe lower than the chart's: <c>"1"</c>, <c>"5"</c>, <c>"15"</c>, <c>"60"</c> on a daily chart.</param>
    /// <param name="symbol">Another symbol of the run (<see cref="RunOptions.Symbols"/>), by ticker or ticker id; null for the chart's.</param>
    /// <returns>The running indicator.</returns>
    /// <exception cref="ScriptRuntimeException">
    /// Called outside <see cref="Setup"/>; the timeframe is not a Pine timeframe or not lower than the chart's; the run
    /// has no bars of the symbol at the timeframe or a lower one.
    /// </exception>
    /// <exception cref="InputValidationException">An input out of its bounds.</exception>
    /// <exception cref="CircularImportException">The indicator imports, directly or not, a script that is importing it.</exception>
    protected TIndicator ImportIntrabars<TIndicator>(IScriptInputs<TIndicator> inputs, [TimeframeArgument] string timeframe, string? symbol = null)
        where TIndicator : IndicatorScript
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ImportSet imports = _importsBeingSetUp ?? throw new ScriptRuntimeException(
            $"Script '{GetMetadata().Title}' called ImportIntrabars(...) outside Setup(). Imports are set up once, before the first bar: " +
            "call ImportIntrabars in Setup() and keep the indicator in a field that Process() reads.",
            GetMetadata().Title);
        ImportContext context = imports.Contexts.ResolveIntrabars(_importContext!, symbol, timeframe, GetMetadata().Title, typeof(TIndicator).Name);
        return (TIndicator)imports.GetOrStart(typeof(TIndicator), inputs, context, inputs.CreateScript, StartAsImport);
    }

    /// <summary>Imports an indicator with its default inputs on a lower timeframe (see <see cref="ImportIntrabars{TIndicator}(IScriptInputs{TIndicator}, string, string?)"/>).</summary>
    /// <exception cref="ScriptRuntimeException">Called outside <see cref="Setup"/>; a timeframe or symbol the run cannot give.</exception>
    /// <exception cref="CircularImportException">The indicator imports, directly or not, a script that is importing it.</exception>
    protected TIndicator ImportIntrabars<TIndicator>([TimeframeArgument] string timeframe, string? symbol = null)
        where TIndicator : IndicatorScript, IGeneratedScript<TIndicator> =>
        ImportIntrabars(TIndicator.DefaultInputs, timeframe, symbol);

    private void StartAsImport(Script imported, ImportContext context)
    {
        ImportSet imports = _importsBeingSetUp!;
        RunContext chart = imports.Contexts.Run;
        RunContext run = context.IsChart
            ? chart
            : new RunContext(context.Bars, chart.Options with { Symbol = context.Symbol }, chart.Namespaces);
        imported.Start(run, imports, context, imported: true);
    }
}
