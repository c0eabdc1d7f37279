namespace ScriptGen.Orleans.Wire;

/// <summary>
/// What identifies a symbol's bars without sending them: the count, the first and last bar times, and a 64-bit hash of
/// every time and price. A silo checks the bars its store gives against the client's, so a sweep never ranks runs made
/// on other data than the local sweep would use.
/// </summary>
[GenerateSerializer]
[Immutable]
internal readonly record struct BarsFingerprint(
    [property: Id(0)] int Count, [property: Id(1)] long FirstTime, [property: Id(2)] long LastTime, [property: Id(3)] ulong Hash)
{
    public static BarsFingerprint Of(Bars bars)
    {
        ReadOnlySpan<long> time = bars.Time;
        ulong hash = Mix(14695981039346656037UL, (ulong)bars.Count);
        hash = Mix(hash, time);
        hash = Mix(hash, bars.Open);
        hash = Mix(hash, bars.High);
        hash = Mix(hash, bars.Low);
        hash = Mix(hash, bars.Close);
        if (bars.HasVolume)
        {
            hash = Mix(hash, bars.Volume);
        }

        return new BarsFingerprint(bars.Count, time.IsEmpty ? 0 : time[0], time.IsEmpty ? 0 : time[^1], hash);
    }

    /// <summary>How the two differ, for the message that stops the sweep.</summary>
    public string Describe() => $"{Count:N0} bars from {Format(FirstTime)} to {Format(LastTime)}, hash {Hash:x16}";

    private static string Format(long time) => DateTimeOffset.FromUnixTimeMilliseconds(time).ToString("u", System.Globalization.CultureInfo.InvariantCulture);

    private static ulong Mix(ulong hash, ReadOnlySpan<double> values) =>
        Mix(hash, System.Runtime.InteropServices.MemoryMarshal.Cast<double, long>(values));

    private static ulong Mix(ulong hash, ReadOnlySpan<long> values)
    {
        foreach (long value in values)
        {
            hash = Mix(hash, (ulong)value);
        }

        return hash;
    }

    // A multiply-xorshift step: every bit of the value reaches the state (FNV over bytes is 8x the work).
    private static ulong Mix(ulong hash, ulong value)
    {
        hash ^= value;
        hash *= 0x9E3779B97F4A7C15UL;
        return hash ^ (hash >> 29);
    }
}
