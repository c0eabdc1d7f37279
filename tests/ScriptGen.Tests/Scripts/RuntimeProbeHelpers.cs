namespace ScriptGen.Tests.Scripts;

/// <summary>The helper half of <see cref="FailingHelperProbe"/>, in a file of its own.</summary>
public partial class FailingHelperProbe
{
    private static void ThrowFromHelper() => throw new InvalidOperationException("helper failed");
}
