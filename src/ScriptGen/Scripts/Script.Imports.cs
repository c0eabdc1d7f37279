
namespace ScriptGen;

public abstract partial class Script
{
    private ImportSet? _importsBeingSetUp;

    /// <summary>
    /// Imports an indicator script: it runs on the same bars, one bar ahead of this script's
    /// <see cref="Process"/> (it has processed the current bar when <c>Process()</c> runs), and this
    /// script reads its plots (<c>rsi.Plots.RSI</c>, <c>rsi.Plots.RSI[1]</c>) and public members.
    /// Call it in <see cref="Setup"/> and keep the result in a field:
    /// <c>_rsi = Import(new Rsi.Inputs { Length = 14 });</c>.
    /// </summary>
    /// <remarks>
    /// An indicator imported more than once in a run with equal inputs (by this script, or by the
    /// indicators it imports) is one instance, computed once per bar. The generator checks imports at
    /// compile time: the target is an indicator, the inputs exist, their constants are in range, and
    /// no scripts import each other in a cycle.
    /// </remarks>
    /// <typeparam name="TIndicator">The indicator, inferred from its inputs record.</typeparam>
    /// <param name="inputs">The indicator's inputs, e.g. <c>new Rsi.Inputs { Length = 14 }</c> or <c>Rsi.Inputs.Default</c>.</param>
    /// <returns>The running indicator.</returns>
    /// <exception cref="ScriptRuntimeException">Called outside <see cref="Setup"/>.</exception>
    /// <exception cref="InputValidationException">An input out of its bounds.</exception>
    /// <exception cref="CircularImportException">The indicator imports, directly or not, a script that is importing it.</exception>
    protected TIndicator Import<TIndicator>(IScriptInputs<TIndicator> inputs)
        where TIndicator : IndicatorScript
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ImportSet imports = _importsBeingSetUp ?? throw new ScriptRuntimeException(
            $"Script '{GetMetadata().Title}' called Import(...) outside Setup(). Imports are set up once, before the first bar: " +
            "call Import in Setup() and keep the indicator in a field that Process() reads.",
            GetMetadata().Title);
        return (TIndicator)imports.GetOrStart(typeof(TIndicator), inputs, inputs.CreateScript, StartAsImport);
    }

    /// <summary>Imports an indicator script with its default inputs (see <see cref="Import{TIndicator}(IScriptInputs{TIndicator})"/>).</summary>
    /// <exception cref="ScriptRuntimeException">Called outside <see cref="Setup"/>.</exception>
    /// <exception cref="CircularImportException">The indicator imports, directly or not, a script that is importing it.</exception>
    protected TIndicator Import<TIndicator>()
        where TIndicator : IndicatorScript, IGeneratedScript<TIndicator> =>
        Import(TIndicator.DefaultInputs);

    private void StartAsImport(Script imported) => imported.Start(_runContext!, _importsBeingSetUp!, imported: true);
}
