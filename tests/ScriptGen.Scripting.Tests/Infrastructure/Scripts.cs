using System.Globalization;
using System.Threading;

namespace ScriptGen.Scripting.Tests.Infrastructure;

/// <summary>Script texts for the tests, each distinct where a test needs the cache to miss.</summary>
internal static class Scripts
{
    private static int s_counter;

    /// <summary>A small indicator; <paramref name="length"/> is its SMA length, and its title carries <paramref name="tag"/>.</summary>
    public static string Indicator(string className = "Probe", int length = 3, string tag = "") => $$"""
        namespace TestScripts;

        [Indicator("Probe {{tag}}")]
        public partial class {{className}}
        {
            protected override void Process()
            {
                chart.Plot(ta.Sma(close, {{length.ToString(CultureInfo.InvariantCulture)}}), "SMA");
            }
        }
        """;

    /// <summary>An indicator no other call of this method returns (the cache misses for it).</summary>
    public static string UniqueIndicator(string className = "Probe") =>
        Indicator(className, 3, "#" + Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N"));

    /// <summary>A few bars with closes 1, 2, 3, ... (one hour apart).</summary>
    public static Bars Closes(int count)
    {
        var time = new long[count];
        var close = new double[count];
        for (int i = 0; i < count; i++)
        {
            time[i] = 1_704_067_200_000L + i * 3_600_000L;
            close[i] = i + 1;
        }

        return Bars.FromArrays(time, close, close, close, close);
    }
}
