namespace ScriptGen;

/// <summary>Where an input was declared in the script.</summary>
public enum InputOrigin
{
    /// <summary>A field or property marked <see cref="InputAttribute"/>.</summary>
    Member,

    /// <summary>An <c>input.Int(...)</c>-style call in <c>Setup()</c>.</summary>
    SetupCall,
}
