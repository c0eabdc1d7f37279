using Orleans.Concurrency;
using ScriptGen.Orleans.Wire;

namespace ScriptGen.Orleans;

/// <summary>Runs shards of sweeps; one activation per client worker slot, one shard at a time.</summary>
internal interface ISweepShardGrain : IGrainWithStringKey
{
    /// <summary>
    /// The silo this activation lives on, so the client can tell when that silo leaves the cluster; answered while a
    /// shard runs (it interleaves), so it doubles as the client's ping.
    /// </summary>
    [AlwaysInterleave]
    Task<SiloAddress> Silo();

    /// <summary>Runs the shard's runs on this silo's cores and returns their summaries.</summary>
    [ResponseTimeout("1.00:00:00")] // A shard runs for as long as its runs take; a dead silo fails the call through membership, not a timeout.
    Task<ShardResult> Run(SweepShard shard, CancellationToken cancellationToken);
}
