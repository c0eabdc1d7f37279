namespace ScriptGen.Benchmarks.Loading;

/// <summary>What every loader in the loading benchmarks produces: the six bar columns as arrays.</summary>
public sealed record LoadedColumns(long[] Time, double[] Open, double[] High, double[] Low, double[] Close, double[] Volume)
{
    internal static LoadedColumns Of(Bars bars) =>
        new(bars.Time.ToArray(), bars.Open.ToArray(), bars.High.ToArray(), bars.Low.ToArray(), bars.Close.ToArray(), bars.Volume.ToArray());

    /// <summary>Throws unless <paramref name="other"/> holds the same values, to the bit.</summary>
    internal void RequireSame(string what, LoadedColumns other)
    {
        Require(what, "time", Time, other.Time);
        Require(what, "open", Open, other.Open);
        Require(what, "high", High, other.High);
        Require(what, "low", Low, other.Low);
        Require(what, "close", Close, other.Close);
        Require(what, "volume", Volume, other.Volume);
    }

    private static void Require<T>(string what, string column, T[] expected, T[] actual)
        where T : IEquatable<T>
    {
        if (expected.Length != actual.Length)
        {
            throw new InvalidOperationException($"{what}: {actual.Length} {column} values, ScriptGen loaded {expected.Length}.");
        }

        for (int i = 0; i < expected.Length; i++)
        {
            if (!expected[i].Equals(actual[i]))
            {
                throw new InvalidOperationException($"{what}: {column}[{i}] is {actual[i]}, ScriptGen loaded {expected[i]}.");
            }
        }
    }
}
