namespace ScriptGen.Generator.Model;

/// <summary>Which attribute declared the script.</summary>
internal enum ScriptKindSpec
{
    Indicator,
    Strategy,
}
