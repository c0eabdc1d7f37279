using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// The last <c>length</c> values pushed, oldest overwritten first. Allocated on the first push
/// (the length is only known then); allocation-free afterwards.
/// </summary>
internal struct RingBuffer : IRestorableState<RingBuffer>
{
    private double[]? _values;
    private int _next;
    private int _count;

    /// <summary>The window length, 0 before the first push.</summary>
    public readonly int Length => _values?.Length ?? 0;

    /// <summary>How many values the window holds (at most <see cref="Length"/>).</summary>
    public readonly int Count => _count;

    /// <summary>Whether the window holds <see cref="Length"/> values.</summary>
    public readonly bool IsFull => _values is not null && _count == _values.Length;

    /// <summary>
    /// Appends <paramref name="value"/>. When the window was full, the oldest value is dropped and
    /// returned through <paramref name="evicted"/>.
    /// </summary>
    /// <returns>Whether a value was evicted.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Push(double value, int length, out double evicted)
    {
        double[] values = _values ??= new double[length];
        bool full = _count == values.Length;
        evicted = full ? values[_next] : 0;
        if (!full)
        {
            _count++;
        }

        values[_next] = value;
        _next = _next + 1 == values.Length ? 0 : _next + 1;
        return full;
    }

    /// <summary>The value <paramref name="age"/> pushes ago (0 = the newest); requires <paramref name="age"/> &lt; <see cref="Count"/>.</summary>
    public readonly double this[int age]
    {
        get
        {
            if ((uint)age >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(age), age, $"The window holds {_count} values.");
            }

            int index = _next - 1 - age;
            return _values![index < 0 ? index + _values.Length : index];
        }
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref RingBuffer target)
    {
        StateCopy.CopyArray(_values, ref target._values);
        target._next = _next;
        target._count = _count;
    }
}
