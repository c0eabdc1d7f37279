using System.Globalization;
using ScriptGen.Scripting;

namespace ScriptGen.Benchmarks.Engine;

/// <summary>
/// The script the engine benchmarks compile: the sample's EMA Cross text (embedded in this assembly), in a
/// namespace of its own so it cannot clash with the copy compiled into this assembly (which the parser
/// references as a host script).
/// </summary>
internal static class EngineScripts
{
    private static int s_counter;

    /// <summary>The EMA Cross text, the same in every process (so the disk cache hits across processes).</summary>
    public static ScriptSource EmaCross { get; } = new(
        Read().Replace("namespace ScriptGen.Samples.Scripts;", "namespace ScriptGen.Benchmarks.Engine.Scripts;", StringComparison.Ordinal),
        "EmaCross.pine.cs");

    /// <summary>A text no earlier call returned (a new title), so the caches miss and the parser compiles.</summary>
    public static ScriptSource Unique()
    {
        string tag = Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        return EmaCross with { Text = EmaCross.Text.Replace("\"EMA Cross\"", $"\"EMA Cross {tag}\"", StringComparison.Ordinal) };
    }

    private static string Read()
    {
        using Stream stream = typeof(EngineScripts).Assembly.GetManifestResourceStream("Engine.EmaCross.pine.cs")
            ?? throw new InvalidOperationException("The EMA Cross text is not embedded (see the project file).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
