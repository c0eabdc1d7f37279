namespace ScriptGen.Benchmarks.Broker;

/// <summary>
/// What a <see cref="BrokerBenchmarks"/> run returns: the broker after the last bar (internal to
/// ScriptGen, so wrapped in a public type for BenchmarkDotNet to consume).
/// </summary>
public sealed class BrokerRun
{
    internal BrokerRun(Trading.Broker broker) => Broker = broker;

    internal Trading.Broker Broker { get; }

    internal IReadOnlyList<Trade> ClosedTradeList => Broker.ClosedTradeList;
}
