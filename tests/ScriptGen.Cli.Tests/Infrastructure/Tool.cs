namespace ScriptGen.Cli.Tests.Infrastructure;

/// <summary>
/// The scriptgen tool as built with this test project (one build, shared by every test), run as a process with
/// a compile cache of its own for the whole test run, so each script compiles once and later runs load it.
/// </summary>
public sealed class Tool
{
    private static readonly Lazy<Tool> s_shared = new(() => new Tool());
    private readonly TempFolder _cache = new("cli-cache");

    private Tool() => AppDomain.CurrentDomain.ProcessExit += (_, _) => _cache.Dispose();

    /// <summary>The one tool every test class uses (classes run in parallel; the engine's cache takes concurrent writers).</summary>
    public static Tool Shared => s_shared.Value;

    /// <summary>The tool's assembly, next to the tests (the project reference copies it with its dependencies).</summary>
    public static string Assembly { get; } = Path.Combine(AppContext.BaseDirectory, "ScriptGen.Cli.dll");

    /// <summary>The compile cache the runs share.</summary>
    public string CacheDirectory => _cache.Path;

    /// <summary>
    /// Runs <c>scriptgen</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>. Dynamic PGO is off
    /// in these processes: each lives a second or two, too short for its instrumented code to pay for itself (the same
    /// finding as the cold-start runner's, docs/performance.md), and this project's 78 tests took 95 s with it, 88 without.
    /// </summary>
    public ProcessResult Run(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run(
            "dotnet",
            workingDirectory,
            [Assembly, .. arguments],
            new Dictionary<string, string> { ["SCRIPTGEN_CACHE_DIR"] = _cache.Path, ["NO_COLOR"] = "1", ["COLUMNS"] = "200", ["DOTNET_TieredPGO"] = "0" });
}
