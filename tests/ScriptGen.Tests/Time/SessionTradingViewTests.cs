using System.Globalization;
using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Time;

/// <summary>
/// Sessions, <c>timeframe.change</c> and session-anchored pivots against TradingView's own values on every bar
/// (exports collected by PyneCore; tests/data/tradingview/time, README there): a forex symbol (EUR/USD, its day
/// starting at 17:00 New York, across the November 2024 DST change, weekends and month ends) and a crypto one
/// (24x7 in UTC).
/// </summary>
public sealed class SessionTradingViewTests
{
    private static readonly SymbolInfo s_forex = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { MinTick = 0.00001 };
    private static readonly SymbolInfo s_crypto = SymbolInfo.For(SymbolKind.Crypto, "BTCUSDT");

    [Fact]
    public void Session_flags_on_hourly_forex_bars_match_TradingView_on_every_bar()
    {
        AssertPlotsMatch("time/session_forex_60.csv", SessionProbe.Create(), s_forex,
            "isfirstbar", "isfirstbar_regular", "islastbar", "islastbar_regular", "ismarket");
    }

    [Fact]
    public void Session_flags_on_a_24x7_crypto_symbol_mark_midnight_UTC_as_the_day_boundary()
    {
        AssertPlotsMatch("time/session_crypto_60.csv", SessionProbe.Create(), s_crypto,
            "isfirstbar", "isfirstbar_regular", "islastbar", "islastbar_regular");
    }

    [Fact]
    public void Timeframe_change_on_five_minute_forex_bars_matches_TradingView_on_every_bar()
    {
        AssertPlotsMatch("time/timeframe_change_forex_5.csv", TimeframeChangeProbe.Create(), s_forex,
            "tf_change_15", "tf_change_240", "tf_change_D", "tf_change_2D", "tf_change_W", "tf_change_3W", "tf_change_M");
    }

    [Fact]
    public void Timeframe_change_of_multi_day_week_and_month_periods_matches_TradingView_over_eight_years()
    {
        AssertPlotsMatch("time/timeframe_change_forex_240.csv", TimeframeChangeMultiProbe.Create(), s_forex,
            "tf_change_3D", "tf_change_7D", "tf_change_5W", "tf_change_7W", "tf_change_1M", "tf_change_3M");
    }

    [Fact]
    public void Pivot_point_levels_anchored_on_the_session_day_match_TradingView()
    {
        AssertPlotsMatch("time/pivot_point_levels_forex_30.csv", SessionPivotProbe.Create(), s_forex,
            "P_trad", "R1_trad", "S1_trad", "R2_trad", "S2_trad", "R3_trad", "S3_trad", "P_fib", "R1_fib", "S1_fib",
            "P_dm", "R1_dm", "S1_dm", "P_cam", "R4_cam", "S4_cam", "P_woodie");
    }

    /// <summary>Runs the probe over the file's bars and compares every named plot with the column of the same name on every bar.</summary>
    private static void AssertPlotsMatch(string file, IndicatorScript probe, SymbolInfo symbol, params string[] columns)
    {
        ReferenceCsv csv = ReferenceCsv.Load(file);
        Bars bars = ReadBars(csv);
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(probe, bars, new RunOptions { Symbol = symbol });

        var mismatches = new List<string>();
        foreach (string column in columns)
        {
            double[] expected = csv.Numbers(column);
            double[] actual = result.GetPlot(column).Values.ToArray();
            for (int i = 0; i < expected.Length; i++)
            {
                double want = expected[i] == 1e100 ? double.NaN : expected[i]; // TradingView writes na as 1e+100 in some exports
                if (!Tolerance.Matches(want, actual[i]))
                {
                    mismatches.Add($"{column} at row {i + 2} ({csv.Text("time")[i]}): TradingView {want}, ScriptGen {actual[i]}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} values differ:\n{string.Join("\n", mismatches.Take(25))}");
    }

    /// <summary>The file's bars, read here (not by ScriptGen's CSV reader): ISO-8601 times with an offset, or Unix seconds.</summary>
    internal static Bars ReadBars(ReferenceCsv csv)
    {
        long[] times = csv.Text("time").Select(text => text.Contains('T', StringComparison.Ordinal)
            ? IsoTime(text)
            : long.Parse(text, CultureInfo.InvariantCulture) * 1000).ToArray();
        return Bars.FromArrays(times, csv.Numbers("open"), csv.Numbers("high"), csv.Numbers("low"), csv.Numbers("close"), csv.Numbers("Volume"));
    }

    /// <summary>
    /// <c>yyyy-MM-ddTHH:mm:ss±hh:mm</c> read field by field: DateTimeOffset.Parse consults the machine's local
    /// zone under a process-wide lock, which disturbs the allocation tests running beside these.
    /// </summary>
    private static long IsoTime(string text)
    {
        int Number(int start, int length) => int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
        var offset = new TimeSpan(Number(20, 2), Number(23, 2), 0);
        return new DateTimeOffset(Number(0, 4), Number(5, 2), Number(8, 2), Number(11, 2), Number(14, 2), Number(17, 2), text[19] == '-' ? -offset : offset)
            .ToUnixTimeMilliseconds();
    }
}
