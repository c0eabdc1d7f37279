namespace ScriptGen;

/// <summary>
/// A script as something that can be listed and instantiated without knowing its type at compile
/// time: its metadata and a factory. The catalog holds one per script; tools (CLI, sweeps) use them.
/// </summary>
public sealed class ScriptDefinition
{
    private readonly Func<IReadOnlyDictionary<string, object?>?, Script> _factory;

    /// <summary>Creates a definition.</summary>
    public ScriptDefinition(ScriptMetadata metadata, Type scriptType, Func<IReadOnlyDictionary<string, object?>?, Script> factory)
    {
        Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        ScriptType = scriptType ?? throw new ArgumentNullException(nameof(scriptType));
        _factory = factory ?? throw new ArgumentNullException(nameof(factory));
    }

    /// <summary>The script's compile-time description.</summary>
    public ScriptMetadata Metadata { get; }

    /// <summary>The script class.</summary>
    public Type ScriptType { get; }

    /// <summary>A new instance with default inputs overridden by <paramref name="inputOverrides"/>.</summary>
    /// <exception cref="InputValidationException">An unknown input, a value of the wrong type or out of range.</exception>
    public Script Create(IReadOnlyDictionary<string, object?>? inputOverrides = null) => _factory(inputOverrides);

    /// <summary>The definition of a generated script class.</summary>
    public static ScriptDefinition For<TScript>()
        where TScript : Script, IGeneratedScript<TScript> =>
        new(TScript.Metadata, typeof(TScript), static overrides => TScript.Create(overrides));

    /// <inheritdoc/>
    public override string ToString() => $"{Metadata.Title} ({Metadata.TypeName}, {Metadata.Kind})";
}
