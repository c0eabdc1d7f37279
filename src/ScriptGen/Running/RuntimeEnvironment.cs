
namespace ScriptGen;

/// <summary>
/// Runs scripts: holds the namespace registry and drives a script over bars, returning its results.
/// Safe to use from several threads at once; each run gets its own script instance.
/// </summary>
/// <example>
/// <code>
/// var env = new RuntimeEnvironment();
/// StrategyResult result = env.RunStrategy(EmaCross.Create(new EmaCross.Inputs { FastLength = 5 }), bars);
/// Console.WriteLine(StrategyReport.Format(result));
/// </code>
/// </example>
public sealed class RuntimeEnvironment
{
    private NamespaceRegistry _namespaces = NamespaceRegistry.Defaults;

    /// <summary>The registered namespaces, as runs started now see them.</summary>
    internal NamespaceRegistry Namespaces => _namespaces;

    /// <summary>
    /// Adds a namespace, or replaces one (a registered name beats a default of the same name). To
    /// override a default (<c>ta</c>, <c>input</c>, <c>chart</c>, <c>color</c>, <c>strategy</c>), pass a
    /// subclass of its type, for example a <see cref="Namespaces.TaNamespace"/> subclass; scripts run
    /// by this environment then use it for every call, intercepted ones included. Scripts reach other
    /// names with <c>Namespace&lt;T&gt;(name)</c>. Registering a name again replaces it.
    /// </summary>
    /// <remarks>Instances are shared by all runs, which may be parallel: keep them stateless.</remarks>
    /// <exception cref="NamespaceException">A default's name with an instance of the wrong type.</exception>
    public RuntimeEnvironment RegisterNamespace(string name, object instance)
    {
        NamespaceRegistry current, updated;
        do
        {
            current = _namespaces;
            updated = current.With(name, instance);
        }
        while (Interlocked.CompareExchange(ref _namespaces, updated, current) != current);

        return this;
    }

    /// <summary>Runs a strategy over <paramref name="bars"/>.</summary>
    /// <param name="script">A new instance, e.g. from <c>MyStrategy.Create(...)</c>.</param>
    /// <param name="bars">The bars.</param>
    /// <param name="options">Symbol and overrides; <see cref="RunOptions.Default"/> when omitted.</param>
    /// <exception cref="ScriptRuntimeException">The script failed on a bar.</exception>
    public StrategyResult RunStrategy(StrategyScript script, Bars bars, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(bars);
        var context = new RunContext(bars, options ?? RunOptions.Default, _namespaces);
        script.Execute(context);
        return StrategyResult.From(script, context);
    }

    /// <summary>Creates <typeparamref name="TScript"/> with the given input overrides and runs it over <paramref name="bars"/>.</summary>
    /// <exception cref="InputValidationException">An unknown input, a value of the wrong type or out of range.</exception>
    public StrategyResult RunStrategy<TScript>(
        Bars bars, IReadOnlyDictionary<string, object?>? inputs = null, RunOptions? options = null)
        where TScript : StrategyScript, IGeneratedScript<TScript> =>
        RunStrategy(TScript.Create(inputs), bars, options);

    /// <summary>Runs an indicator over <paramref name="bars"/>.</summary>
    /// <exception cref="ScriptRuntimeException">The script failed on a bar.</exception>
    public IndicatorResult RunIndicator(IndicatorScript script, Bars bars, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(bars);
        var context = new RunContext(bars, options ?? RunOptions.Default, _namespaces);
        script.Execute(context);
        return IndicatorResult.From(script, context);
    }

    /// <summary>Creates <typeparamref name="TScript"/> with the given input overrides and runs it over <paramref name="bars"/>.</summary>
    /// <exception cref="InputValidationException">An unknown input, a value of the wrong type or out of range.</exception>
    public IndicatorResult RunIndicator<TScript>(
        Bars bars, IReadOnlyDictionary<string, object?>? inputs = null, RunOptions? options = null)
        where TScript : IndicatorScript, IGeneratedScript<TScript> =>
        RunIndicator(TScript.Create(inputs), bars, options);
}
