namespace ScriptGen;

/// <summary>
/// A script asked for a namespace that is not registered, or that is registered with another type.
/// </summary>
public sealed class NamespaceException : ScriptEngineException
{
    /// <summary>Creates the exception.</summary>
    public NamespaceException(string namespaceName, Type? expectedType, string message) : base(message)
    {
        NamespaceName = namespaceName;
        ExpectedType = expectedType;
    }

    /// <summary>The namespace name the script asked for.</summary>
    public string NamespaceName { get; }

    /// <summary>The type the script needs the namespace to be, when the lookup named one.</summary>
    public Type? ExpectedType { get; }
}
