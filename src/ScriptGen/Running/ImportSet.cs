namespace ScriptGen;

/// <summary>
/// The indicators one run imports: each distinct (script type, inputs, context) once, however many scripts
/// import it, in the order they must run on every bar (an indicator after everything it imports), each in
/// the <see cref="ImportContext"/> whose bars it runs on. Built while the scripts' <c>Setup()</c> methods run;
/// read-only afterwards.
/// </summary>
internal sealed class ImportSet
{
    private readonly Dictionary<(Type Type, object Inputs, ImportContext Context), Script> _started = new();
    private readonly List<Script> _runOrder = new();
    private readonly List<Type> _settingUp = new();

    public ImportSet(RunContext run) => Contexts = new ImportContexts(run);

    /// <summary>The imported scripts, each after the scripts it imports.</summary>
    public IReadOnlyList<Script> RunOrder => _runOrder;

    /// <summary>The bars the imports run on: the chart's, and each other timeframe or symbol asked for.</summary>
    public ImportContexts Contexts { get; }

    /// <summary>
    /// The running instance of <paramref name="type"/> with <paramref name="inputs"/> in <paramref name="context"/>:
    /// the one already started, or a new one from <paramref name="create"/> that <paramref name="start"/> sets up
    /// (its own imports first).
    /// </summary>
    /// <exception cref="CircularImportException"><paramref name="type"/> is already being set up further up the import chain.</exception>
    public Script GetOrStart(Type type, object inputs, ImportContext context, Func<Script> create, Action<Script, ImportContext> start)
    {
        if (_started.TryGetValue((type, inputs, context), out Script? running))
        {
            return running;
        }

        int inChain = _settingUp.IndexOf(type);
        if (inChain >= 0)
        {
            IEnumerable<Type> cycle = _settingUp.Skip(inChain).Append(type);
            throw new CircularImportException(cycle.Select(t => t.FullName ?? t.Name).ToList());
        }

        Script script = create();
        _settingUp.Add(type);
        try
        {
            start(script, context);
        }
        finally
        {
            _settingUp.RemoveAt(_settingUp.Count - 1);
        }

        _started.Add((type, inputs, context), script);
        _runOrder.Add(script);
        context.Add(script);
        return script;
    }

    /// <summary>Marks <paramref name="type"/> as being set up: the root script of the run, which an import may not reach again.</summary>
    public void EnterRoot(Type type) => _settingUp.Add(type);
}
