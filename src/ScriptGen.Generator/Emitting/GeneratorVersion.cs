namespace ScriptGen.Generator.Emitting;

/// <summary>The version written into [GeneratedCode]; bumped with the package, kept constant so golden files stay stable.</summary>
internal static class GeneratorVersion
{
    public const string Value = "0.1.0";
}
