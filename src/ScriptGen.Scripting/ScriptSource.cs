namespace ScriptGen.Scripting;

/// <summary>
/// One <c>.pine.cs</c> file as text: what <see cref="ScriptParser"/> compiles. The file name becomes the
/// syntax tree's path, so diagnostics, <see cref="ScriptRuntimeException.SourceFile"/> and stack traces
/// name it.
/// </summary>
/// <param name="Text">The C# source text of the file.</param>
/// <param name="FileName">The name diagnostics and stack traces give the file (default <c>Script.pine.cs</c>).</param>
public sealed record ScriptSource(string Text, string FileName = ScriptSource.DefaultFileName)
{
    /// <summary>The file name used when the caller gives none.</summary>
    public const string DefaultFileName = "Script.pine.cs";

    /// <summary>The C# source text of the file.</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The name diagnostics and stack traces give the file.</summary>
    public string FileName { get; init; } = string.IsNullOrWhiteSpace(FileName)
        ? throw new ArgumentException("A script source needs a file name, such as \"MyScript.pine.cs\".", nameof(FileName))
        : FileName;
}
