namespace ScriptGen;

/// <summary>
/// Every script compiled by the generator in the loaded assemblies: each assembly's generated code
/// registers its scripts from a module initializer, so scripts are found by name without reflection.
/// </summary>
public static class ScriptCatalog
{
    private static readonly Lock s_gate = new();
    private static ScriptDefinition[] s_scripts = [];

    /// <summary>The registered scripts, in registration order.</summary>
    public static IReadOnlyList<ScriptDefinition> All => Volatile.Read(ref s_scripts);

    /// <summary>Registers a script (called by generated module initializers). Registering the same type twice is a no-op.</summary>
    public static void Register(ScriptDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (s_gate)
        {
            if (Array.Exists(s_scripts, d => d.ScriptType == definition.ScriptType))
            {
                return;
            }

            Volatile.Write(ref s_scripts, [.. s_scripts, definition]);
        }
    }

    /// <summary>
    /// Finds a script by its class name (<c>EmaCross</c>), full type name (<c>Samples.EmaCross</c>) or
    /// title (<c>EMA Cross</c>), ignoring case.
    /// </summary>
    /// <exception cref="ScriptEngineException">No script, or several, match; the message lists the candidates.</exception>
    public static ScriptDefinition Find(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ScriptDefinition[] matches = Array.FindAll(All.ToArray(), d => d.Metadata.IsNamed(name));
        return matches.Length switch
        {
            1 => matches[0],
            0 => throw new ScriptEngineException(
                $"No script named '{name}'. Scripts: {Describe(All)}."),
            _ => throw new ScriptEngineException(
                $"'{name}' matches several scripts: {Describe(matches)}. Use the full type name."),
        };
    }

    private static string Describe(IEnumerable<ScriptDefinition> scripts)
    {
        string list = string.Join(", ", scripts.Select(s => $"{s.Metadata.Name} (\"{s.Metadata.Title}\")"));
        return list.Length == 0 ? "none registered" : list;
    }
}
