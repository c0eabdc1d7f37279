using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.rsi</c>: <c>100 - 100 / (1 + rma(up, length) / rma(down, length))</c>
/// where up/down are the positive/negative changes of the source.
/// </summary>
/// <remarks>
/// The first non-na source only records the previous value (na). An na source returns na and
/// does not advance the state. When the average loss is 0 the result is 100 (or na when the
/// average gain is 0 too), by IEEE division as in Pine's reference formula.
/// </remarks>
public struct RsiState : IRestorableState<RsiState>
{
    private int _length;
    private double _previous;
    private bool _hasPrevious;
    private RmaState _gains;
    private RmaState _losses;

    /// <summary>Relative strength index.</summary>
    [PineFunction("ta.rsi")]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("rsi", length, _length);

        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        if (!_hasPrevious)
        {
            _previous = source;
            _hasPrevious = true;
            return double.NaN;
        }

        double gain = _gains.Update(Math.Max(source - _previous, 0.0), length);
        double loss = _losses.Update(Math.Max(_previous - source, 0.0), length);
        _previous = source;
        return 100 - 100 / (1 + gain / loss);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref RsiState target)
    {
        target._length = _length;
        target._previous = _previous;
        target._hasPrevious = _hasPrevious;
        _gains.CopyTo(ref target._gains);
        _losses.CopyTo(ref target._losses);
    }
}
