using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ScriptGen.CompilerServices;

/// <summary>
/// One run's use of a call site's series shared by the runs of a sweep (see <see cref="SharedCallPlan"/>). Used by
/// generated interceptors: a run given a complete series reads the site's value on each bar from it instead of
/// computing it; a run chosen to compute it records each bar's value, and the series is shared once that run
/// finishes having recorded every bar.
/// </summary>
/// <typeparam name="T">The call's value type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SharedSeries<T>
    where T : unmanaged
{
    private readonly T[] _values;
    private int _next;
    private bool _skipped;

    internal SharedSeries(T[] values, bool reading)
    {
        _values = values;
        IsReading = reading;
    }

    /// <summary>Whether the series is complete and this run reads it; otherwise this run records it.</summary>
    public bool IsReading { get; }

    /// <summary>
    /// The complete series when this run reads it, else null: the generated inline bar loop reads a site's value from it by
    /// the bar's index, before evaluating the call's arguments (they depend only on the bars and the run's key, so the
    /// value would be the same).
    /// </summary>
    public T[]? ReadingValues => IsReading ? _values : null;

    /// <summary>The site's value on <paramref name="script"/>'s current bar.</summary>
    /// <param name="script">The running script.</param>
    /// <returns>The value every run with the same key computes on that bar.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Read(Script script) => _values[script.Cursor.Index];

    /// <summary>Records the value the site computed on <paramref name="script"/>'s current bar.</summary>
    /// <param name="script">The running script.</param>
    /// <param name="value">The value.</param>
    public void Record(Script script, T value)
    {
        int bar = script.Cursor.Index;
        if (bar == _next)
        {
            _values[bar] = value;
            _next++;
        }
        else if (bar == _next - 1)
        {
            // The bar ran again after a calc_on_order_fills rollback, with the site's state restored: the same value.
            _values[bar] = value;
        }
        else
        {
            _skipped = true;
        }
    }

    /// <summary>Whether this run recorded every bar in order, so its series may be shared.</summary>
    internal bool IsComplete => !IsReading && !_skipped && _next == _values.Length;

    internal T[] Values => _values;
}
