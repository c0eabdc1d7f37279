namespace ScriptGen;

/// <summary>
/// The indicators one run imports: each distinct (script type, inputs) once, however many scripts
/// import it, in the order they must run on every bar (an indicator after everything it imports).
/// Built while the scripts' <c>Setup()</c> methods run; read-only afterwards.
/// </summary>
internal sealed class ImportSet
{
    private readonly Dictionary<(Type Type, object Inputs), Script> _started = new();
    private readonly List<Script> _runOrder = new();
    private readonly List<Type> _settingUp = new();

    /// <summary>The imported scripts, each after the scripts it imports.</summary>
    public IReadOnlyList<Script> RunOrder => _runOrder;

    /// <summary>
    /// The running instance of <paramref name="type"/> with <paramref name="inputs"/>: the one already
    /// started, or a new one from <paramref name="create"/> that <paramref name="start"/> sets up
    /// (its own imports first).
    /// </summary>
    /// <exception cref="CircularImportException"><paramref name="type"/> is already being set up further up the import chain.</exception>
    public Script GetOrStart(Type type, object inputs, Func<Script> create, Action<Script> start)
    {
        if (_started.TryGetValue((type, inputs), out Script? running))
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
            start(script);
        }
        finally
        {
            _settingUp.RemoveAt(_settingUp.Count - 1);
        }

        _started.Add((type, inputs), script);
        _runOrder.Add(script);
        return script;
    }

    /// <summary>Marks <paramref name="type"/> as being set up: the root script of the run, which an import may not reach again.</summary>
    public void EnterRoot(Type type) => _settingUp.Add(type);
}
