namespace ScriptGen;

/// <summary>
/// Implemented by the generator on every script class: static access to its metadata and factory,
/// so generic code (<c>RunStrategy&lt;EmaCross&gt;(...)</c>, sweeps, the catalog) needs no reflection.
/// </summary>
/// <typeparam name="TSelf">The script class.</typeparam>
public interface IGeneratedScript<TSelf>
    where TSelf : Script, IGeneratedScript<TSelf>
{
    /// <summary>The script's compile-time description.</summary>
    static abstract ScriptMetadata Metadata { get; }

    /// <summary>The declared default inputs (the generated <c>Inputs.Default</c>).</summary>
    static abstract IScriptInputs<TSelf> DefaultInputs { get; }

    /// <summary>A new instance with its default inputs, overridden by <paramref name="inputOverrides"/> (input name → value).</summary>
    /// <exception cref="InputValidationException">An unknown input, a value of the wrong type or out of range.</exception>
    static abstract TSelf Create(IReadOnlyDictionary<string, object?>? inputOverrides);
}

/// <summary>Implemented by the generator on scripts: creation from the script's typed inputs record.</summary>
/// <typeparam name="TSelf">The script class.</typeparam>
/// <typeparam name="TInputs">The generated inputs record (<c>MyScript.Inputs</c>).</typeparam>
public interface IGeneratedScript<TSelf, TInputs> : IGeneratedScript<TSelf>
    where TSelf : Script, IGeneratedScript<TSelf, TInputs>
{
    /// <summary>A new instance with the given inputs.</summary>
    /// <exception cref="InputValidationException">A value out of range.</exception>
    static abstract TSelf Create(TInputs inputs);
}
