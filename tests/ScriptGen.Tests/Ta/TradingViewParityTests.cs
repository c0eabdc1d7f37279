using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// Each file of TradingView's exports (tests/data/tradingview/ta, see its README) has a probe script
/// plotting every one of its Pine expressions under the column's title; every column must have a
/// plot and every plotted bar must match the value TradingView exported, warm-up and na bars
/// included. The scripts go through the whole pipeline: generator, interceptors, runtime.
/// </summary>
public sealed class TradingViewParityTests
{
    /// <summary>The probe script of each file.</summary>
    internal static readonly Dictionary<string, Func<IndicatorScript>> s_probes = new(StringComparer.Ordinal)
    {
        ["ma.csv"] = MovingAveragesProbe.Create,
        ["mfi+rsi+stoch.csv"] = MfiRsiStochProbe.Create,
        ["cci+cmo+cog.csv"] = CciCmoCogProbe.Create,
        ["wpr.csv"] = WprProbe.Create,
        ["macd.csv"] = MacdProbe.Create,
        ["bb.csv"] = BollingerProbe.Create,
        ["highest+lowest.csv"] = HighestLowestProbe.Create,
        ["range.csv"] = RangeProbe.Create,
        ["tr.csv"] = TrueRangeProbe.Create,
        ["min+max+median+mode.csv"] = MinMaxMedianModeProbe.Create,
        ["correlation.csv"] = CorrelationProbe.Create,
        ["linreg.csv"] = LinregProbe.Create,
        ["cross.csv"] = CrossProbe.Create,
        ["falling+rising.csv"] = FallingRisingProbe.Create,
        ["iii+nvi+obv.csv"] = VolumeVariablesProbe.Create,
    };

    public static TheoryData<string> Files => new(s_probes.Keys);

    [Fact]
    public void Every_TradingView_file_has_a_probe()
    {
        string[] files = Directory.GetFiles(ReferenceCsv.PathOf("ta"), "*.csv").Select(Path.GetFileName).ToArray()!;
        Assert.Equal(15, files.Length);
        string[] unprobed = files.Where(f => !s_probes.ContainsKey(f)).ToArray();
        Assert.True(unprobed.Length == 0, $"No probe for: {string.Join(", ", unprobed)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_column_matches_TradingView_on_every_bar(string file)
    {
        TaReference reference = TaReference.Load(file);
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(s_probes[file](), reference.Bars);

        var plots = result.Plots.ToDictionary(p => p.Title, StringComparer.Ordinal);
        string[] expressions = reference.Expressions.ToArray();
        string[] unplotted = expressions.Where(e => !plots.ContainsKey(e)).ToArray();
        Assert.True(unplotted.Length == 0, $"{file}: no probe plot for the columns {string.Join(" | ", unplotted)}");
        string[] unknown = plots.Keys.Where(t => !expressions.Contains(t)).ToArray();
        Assert.True(unknown.Length == 0, $"{file}: plots without a column: {string.Join(" | ", unknown)}");
        foreach (string expression in expressions)
        {
            Tolerance.AssertSeries($"{file} {expression}", reference.Csv.Numbers(expression), plots[expression].Values.Span);
        }
    }
}
