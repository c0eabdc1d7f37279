namespace ScriptGen;

/// <summary>
/// The arrays of shared series that stores dropped, held weakly, for the next series of the same type and length to
/// take instead of allocating one. A new series array is a large-object-heap allocation of fresh pages: the kernel
/// zero-fills each page on its first write, and in a virtual machine a fault there costs several microseconds (a 200-run
/// sweep over 1,000,000 bars records 30 series, 240 MB, about 60,000 faults: a sixth of a one-thread sweep's time in a
/// profile). A sweep whose series were dropped leaves them as garbage that the collector may not reclaim before the next
/// sweep allocates (no gen 2 collection ran between one-thread sweeps); taken back from here, the same pages are reused.
/// Held weakly, they never keep memory the collector wants: after a full collection they are gone and the next series is
/// allocated as before. Thread-safe.
/// </summary>
internal static class DroppedSeriesArrays
{
    /// <summary>How many dropped arrays are remembered; the oldest is forgotten first (a weak reference is small).</summary>
    private const int Capacity = 256;

    private static readonly List<WeakReference<Array>> s_dropped = new();

    /// <summary>
    /// An array of <paramref name="length"/> elements: a dropped one still alive, else a new one. A dropped array holds
    /// the values of the series it held; a series records every bar before anyone reads it, so none of them is seen.
    /// </summary>
    public static T[] Take<T>(int length)
        where T : unmanaged
    {
        lock (s_dropped)
        {
            for (int i = s_dropped.Count - 1; i >= 0; i--)
            {
                if (!s_dropped[i].TryGetTarget(out Array? array))
                {
                    s_dropped.RemoveAt(i);
                }
                else if (array is T[] values && values.Length == length)
                {
                    s_dropped.RemoveAt(i);
                    return values;
                }
            }
        }

        return new T[length];
    }

    /// <summary>Remembers <paramref name="array"/>, which no series, reader or recorder uses any more.</summary>
    public static void Give(Array array)
    {
        lock (s_dropped)
        {
            if (s_dropped.Count == Capacity)
            {
                s_dropped.RemoveAt(0);
            }

            s_dropped.Add(new WeakReference<Array>(array));
        }
    }
}
