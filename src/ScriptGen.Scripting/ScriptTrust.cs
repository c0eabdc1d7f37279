namespace ScriptGen.Scripting;

/// <summary>Whether the engine treats script source text as code from someone else.</summary>
public enum ScriptTrust
{
    /// <summary>
    /// The default for source text: only an allow-list of APIs may be used (ScriptGen's script surface,
    /// math, collections, strings), checked on every symbol the script references, and loops and method
    /// entries are instrumented so a run's budget can stop a script that never returns.
    /// </summary>
    Untrusted,

    /// <summary>The text is as trusted as the host's own code: any API, no instrumentation.</summary>
    Trusted,
}
