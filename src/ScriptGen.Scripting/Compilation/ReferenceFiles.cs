using System.Reflection;

namespace ScriptGen.Scripting.Compilation;

/// <summary>
/// The check that a referenced assembly has a file, kept free of Roslyn types so a parser's constructor can
/// run it without loading the compiler (<see cref="CompilerSetup"/> is built on first need).
/// </summary>
internal static class ReferenceFiles
{
    /// <exception cref="ArgumentException">The assembly was not loaded from a file.</exception>
    public static void Require(Assembly assembly, string role)
    {
        if (assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location))
        {
            throw new ArgumentException(
                $"{role} ({assembly.GetName().Name}) was not loaded from a file, so scripts cannot reference it; " +
                "reference an assembly that has a Location.",
                nameof(assembly));
        }
    }
}
