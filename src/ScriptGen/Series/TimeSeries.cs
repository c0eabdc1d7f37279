using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// Pine's <c>time</c>: the bar's open time in Unix milliseconds, UTC. Converts implicitly to
/// <see cref="long"/>; <c>time[1]</c> is the previous bar's (0 before the first bar, Pine's na for time).
/// </summary>
public readonly struct TimeSeries
{
    private readonly Script _owner;

    internal TimeSeries(Script owner) => _owner = owner;

    /// <summary>The current bar's open time, Unix milliseconds UTC.</summary>
    public long Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _owner.ReadTime(0);
    }

    /// <summary>The open time <paramref name="barsBack"/> bars ago; 0 before the first bar.</summary>
    public long this[int barsBack]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _owner.ReadTime(barsBack);
    }

    /// <summary>The current bar's time as a <see cref="DateTimeOffset"/> in UTC.</summary>
    public DateTimeOffset Utc => DateTimeOffset.FromUnixTimeMilliseconds(Value);

    /// <summary>The current bar's open time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator long(TimeSeries series) => series._owner.ReadTime(0);

    /// <inheritdoc/>
    public override string ToString() => Bars.FormatTime(Value);
}
