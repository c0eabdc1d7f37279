using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.valuewhen(condition, source, occurrence)</c>: the value <c>source</c> had
/// on the <c>occurrence</c>-th most recent call where the condition was true (0 = the most recent,
/// this call included).
/// </summary>
/// <remarks>
/// Measured on TradingView (PyneCore, CAPITALCOM:EURUSD 30m): the source is recorded only on calls
/// where the condition is true, as it is, na included: an na recorded there counts as an occurrence and
/// is returned as na, and an na source on a call where the condition is false changes nothing. na
/// until <c>occurrence + 1</c> occurrences have been seen.
/// </remarks>
public struct ValueWhenState : IRestorableState<ValueWhenState>
{
    private int _occurrence;
    private bool _started;
    private RingBuffer _occurrences;

    /// <summary>The value <paramref name="source"/> had when <paramref name="condition"/> was true for the <paramref name="occurrence"/>-th most recent time (0 = the latest, this bar included).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="occurrence"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="occurrence"/> differs from the call site's first one.</exception>
    [PineFunction("ta.valuewhen", Name = "ValueWhen")]
    public double Update([Series] bool condition, [Series] double source, int occurrence)
    {
        if (!_started || occurrence != _occurrence)
        {
            FirstOrChangedOccurrence(occurrence);
        }

        if (condition)
        {
            _occurrences.Push(source, occurrence + 1, out _);
        }

        return _occurrences.IsFull ? _occurrences[occurrence] : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref ValueWhenState target)
    {
        target._occurrence = _occurrence;
        target._started = _started;
        _occurrences.CopyTo(ref target._occurrences);
    }

    private void FirstOrChangedOccurrence(int occurrence)
    {
        if (occurrence < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(occurrence), occurrence, $"ta.valuewhen: occurrence must be 0 or more; got {occurrence}.");
        }

        if (_started)
        {
            throw new ArgumentException(
                $"ta.valuewhen: this call site was first called with occurrence {_occurrence} and now with {occurrence}. " +
                "An occurrence that changes between bars is not supported; pass a constant or an input.",
                nameof(occurrence));
        }

        _occurrence = occurrence;
        _started = true;
    }
}
