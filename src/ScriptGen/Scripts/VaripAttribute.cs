namespace ScriptGen;

/// <summary>
/// Pine's <c>varip</c>: a field of a strategy that keeps what the script's re-runs within a bar did
/// to it. With <c>CalcOnOrderFills</c>, every other field goes back to its value at the bar's start
/// before each re-run after a fill; a <c>[Varip]</c> field does not.
/// </summary>
/// <remarks>
/// Also the way to keep a field ScriptGen cannot roll back (a list, an array, an object): marked
/// <c>[Varip]</c>, it is left alone, and the re-runs' changes to it stay.
/// </remarks>
/// <example>
/// <code>
/// [Varip] int runsOnThisBar; // counts every run, re-runs after fills included
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class VaripAttribute : Attribute
{
}
