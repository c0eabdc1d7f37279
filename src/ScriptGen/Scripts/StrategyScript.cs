using System.ComponentModel;
using System.Runtime.CompilerServices;
using ScriptGen.Namespaces;
using ScriptGen.Running;
using ScriptGen.Trading;

namespace ScriptGen;

/// <summary>
/// The base of strategy scripts (Pine's <c>strategy()</c>): places orders through <c>strategy</c>,
/// which a <see cref="Trading.Broker"/> fills as TradingView's broker emulator does. Declare one with
/// <see cref="StrategyAttribute"/> on a <c>partial class</c>; the generator derives it from this class.
/// </summary>
public abstract class StrategyScript : Script
{
    private Broker? _broker;
    private StrategyNamespace _strategy = StrategyNamespace.Default;

    /// <summary>Pine's <c>strategy</c>: orders, position, equity and trades.</summary>
    protected PineStrategy strategy => new(Broker, _strategy);

    /// <summary>This run's broker.</summary>
    internal Broker Broker => _broker ?? throw new ScriptRuntimeException(
        $"Script '{GetMetadata().Title}' used strategy before its run started; orders can be placed from Setup() and Process().",
        GetMetadata().Title);

    /// <summary>
    /// Moves to bar <paramref name="index"/>: fills the orders pending at its open and along its
    /// path, and marks the position to its close, before the script runs on it (called by the
    /// generated bar loop).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected unsafe void BeginStrategyBar(int index)
    {
        Cursor.Index = index;
        _broker!.OnBar(index, Cursor.Time[index], Cursor.Open[index], Cursor.High[index], Cursor.Low[index], Cursor.Close[index]);
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
            broker.OnBarClose();
        }
    }

    private protected override void OnRunStarting(RunContext context, ScriptMetadata metadata)
    {
        StrategySettings settings = context.Options.Strategy ?? metadata.Strategy ?? StrategySettings.Default;
        settings.Validate(metadata.Title);
        _strategy = context.Namespaces.Resolve<StrategyNamespace>(NamespaceRegistry.Strategy);
        RunOptions options = context.Options;
        _broker = new Broker(settings, options.Symbol, context.Bars.Count, options.FillModel, options.CommissionModel, options.SlippageModel);
    }

    private protected override unsafe void OnRunFinished(RunContext context)
    {
        if (_broker is null || Cursor.Close == null)
        {
            return;
        }

        int last = context.Bars.Count - 1;
        _broker.MarkOpenTradesAtEnd(last, Cursor.Time[last], Cursor.Close[last]);
    }
}
