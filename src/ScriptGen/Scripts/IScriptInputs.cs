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
}
