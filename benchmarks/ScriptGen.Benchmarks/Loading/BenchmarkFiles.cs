using System.Globalization;
using System.Text;
using ScriptGen.Benchmarks.Data;

namespace ScriptGen.Benchmarks.Loading;

/// <summary>The 1,000,000 synthetic bars written once per benchmark process to a temporary CSV, Arrow or Parquet file.</summary>
internal static class BenchmarkFiles
{
    public static string PathOf(string extension) =>
        Path.Combine(Path.GetTempPath(), $"scriptgen-bench-{Environment.ProcessId}.{extension}");

    /// <summary>time as ISO-8601 UTC (as TradingView-style exports write it), prices and volume as they round-trip.</summary>
    public static string WriteCsv(SyntheticBars bars)
    {
        string path = PathOf("csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine("time,open,high,low,close,volume");
        for (int i = 0; i < bars.Count; i++)
        {
            writer.Write(DateTimeOffset.FromUnixTimeMilliseconds(bars.Time[i]).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            foreach (double value in (ReadOnlySpan<double>)[bars.Open[i], bars.High[i], bars.Low[i], bars.Close[i], bars.Volume[i]])
            {
                writer.Write(',');
                writer.Write(value.ToString("R", CultureInfo.InvariantCulture));
            }

            writer.WriteLine();
        }

        return path;
    }

    public static void Delete(string extension)
    {
        if (File.Exists(PathOf(extension)))
        {
            File.Delete(PathOf(extension));
        }
    }
}
