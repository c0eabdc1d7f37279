namespace ScriptGen.Generator.Diagnostics;

/// <summary>
/// The IDs of the diagnostics that have a code fix. The descriptors use these constants, and the code-fix
/// assembly (src/ScriptGen.CodeFixes) compiles this file in, so both name each ID from one place without the
/// code fixes loading the generator's assembly.
/// </summary>
internal static class DiagnosticIds
{
    public const string ScriptNotPartial = "SG0001";
    public const string ScriptAttributeMissing = "SG0008";
    public const string InputCallOutsideSetup = "SG0015";
    public const string IntegerDivision = "SG0061";
    public const string CallSiteNotEveryBar = "SG0062";
    public const string HelperCallSiteNotEveryBar = "SG0063";
}
