namespace ScriptGen;

/// <summary>
/// Implemented by every script's generated <c>Inputs</c> record: the inputs know their script, so
/// <c>Import(new Rsi.Inputs { Length = 14 })</c> needs no type argument and creates an <c>Rsi</c>.
/// </summary>
/// <typeparam name="TScript">The script the inputs belong to.</typeparam>
public interface IScriptInputs<out TScript>
    where TScript : Script
{
    /// <summary>A new instance of the script with these inputs (checked against their bounds).</summary>
    /// <exception cref="InputValidationException">A value out of its bounds.</exception>
    TScript CreateScript();

    /// <summary>
    /// Every value by input name, as the script's <c>Inputs.FromOverrides</c> and <see cref="ScriptDefinition.Create"/> read
    /// them back: how a run's inputs travel to a process that creates the script by name (a sweep on a cluster).
    /// </summary>
    IReadOnlyDictionary<string, object?> ToOverrides();
}
