namespace ScriptGen.Scripting.Tests.HostTypes;

/// <summary>
/// A custom namespace type the host registers (<c>RegisterNamespace("scale", ...)</c>) and script text uses,
/// when the parser's options reference this assembly.
/// </summary>
public class ScaleNamespace
{
    /// <summary>The factor <see cref="Scale"/> multiplies by.</summary>
    public virtual double Factor => 10;

    /// <summary><paramref name="value"/> times <see cref="Factor"/>.</summary>
    public double Scale(double value) => value * Factor;
}
