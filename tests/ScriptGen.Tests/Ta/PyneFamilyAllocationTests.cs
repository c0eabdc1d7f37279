using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// The states of the PyneCore-checked families and math.Sum allocate on their first call only: a probe
/// script calling every one of them allocates the same over 2,000 and 20,000 bars (plots off).
/// </summary>
[Collection(ScriptGen.Tests.Runtime.AllocationMeasurements.Name)]
public sealed class PyneFamilyAllocationTests
{
    private static readonly Bars s_bars = BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv"));

    public static TheoryData<string> Probes => new()
    {
        nameof(ChangesProbe), nameof(DispersionProbe), nameof(PercentilesProbe), nameof(TrendProbe),
        nameof(ChannelsProbe), nameof(PivotsProbe), nameof(VolumeFlowProbe), nameof(MathFunctionsProbe),
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public void A_probe_allocates_the_same_for_2000_and_20000_bars(string probe)
    {
        var options = new RunOptions { RecordPlots = false, Symbol = PyneCoreReference.Symbol };
        Action Run(int bars) => () => new RuntimeEnvironment().RunIndicator(Create(probe), s_bars.Slice(0, bars), options);

        long[] bytes = ScriptGen.Tests.Runtime.AllocationTests.AllocatedInTurn(Run(2_000), Run(20_000));

        Assert.Equal(bytes[0], bytes[1]);
    }

    private static IndicatorScript Create(string probe) => probe switch
    {
        nameof(ChangesProbe) => ChangesProbe.Create(),
        nameof(DispersionProbe) => DispersionProbe.Create(),
        nameof(PercentilesProbe) => PercentilesProbe.Create(),
        nameof(TrendProbe) => TrendProbe.Create(),
        nameof(ChannelsProbe) => ChannelsProbe.Create(),
        nameof(PivotsProbe) => PivotsProbe.Create(),
        nameof(VolumeFlowProbe) => VolumeFlowProbe.Create(),
        _ => MathFunctionsProbe.Create(),
    };
}
