namespace ScriptGen.Orleans;

/// <summary>
/// A sweep the cluster could not run: options that cannot travel to silos, a silo without the script or with other
/// bars, or a shard that failed on every silo it was sent to. A run's own failure is a <see cref="SweepRunException"/>, as locally.
/// </summary>
public sealed class ClusterSweepException : ScriptEngineException
{
    /// <summary>Creates the exception.</summary>
    public ClusterSweepException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
