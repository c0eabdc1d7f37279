namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's <c>input</c> namespace: the implementation behind <c>input.Int(...)</c>-style calls in a
/// script's <c>Setup()</c>. The generator has already extracted each call into the script's
/// <see cref="ScriptMetadata"/> and binds its value when the script is created; these methods
/// receive that bound value and return what the script sees. Register a subclass under
/// <c>"input"</c> to observe or adjust input values.
/// </summary>
public class InputNamespace
{
    /// <summary>The shared default instance.</summary>
    public static InputNamespace Default { get; } = new();

    /// <summary><c>input.int</c>: returns the bound value.</summary>
    public virtual int Int(InputMetadata input, int value) => value;

    /// <summary><c>input.float</c>: returns the bound value.</summary>
    public virtual double Float(InputMetadata input, double value) => value;

    /// <summary><c>input.bool</c>: returns the bound value.</summary>
    public virtual bool Bool(InputMetadata input, bool value) => value;

    /// <summary><c>input.string</c>: returns the bound value.</summary>
    public virtual string String(InputMetadata input, string value) => value;
}
