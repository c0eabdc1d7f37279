using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// Pine's <c>bar_index</c>: the current bar's 0-based index. Converts implicitly to <see cref="int"/>;
/// <c>bar_index[1]</c> is the previous bar's index.
/// </summary>
public readonly struct BarIndexSeries
{
    private readonly Script _owner;

    internal BarIndexSeries(Script owner) => _owner = owner;

    /// <summary>The current bar's index.</summary>
    public int Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _owner.Cursor.Index;
    }

    /// <summary>The index <paramref name="barsBack"/> bars ago (may be negative before the first bar, as in Pine).</summary>
    public int this[int barsBack]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(barsBack);
            return _owner.Cursor.Index - barsBack;
        }
    }

    /// <summary>The current bar's index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator int(BarIndexSeries series) => series._owner.Cursor.Index;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
