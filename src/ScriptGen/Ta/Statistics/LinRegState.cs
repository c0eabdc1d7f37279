using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.linreg</c>: the least-squares line through the last <c>length</c> values,
/// evaluated <c>offset</c> bars back from the newest, in O(1) per bar.
/// </summary>
/// <remarks>
/// <para>
/// TradingView's expression, as PyneCore measured it: with x = 1 (oldest) .. length (newest),
/// <c>slope = (n Σxy - Σx Σy) / (n Σx² - (Σx)²)</c>, <c>intercept = Σy / n - slope Σx / n + slope</c>,
/// and the result <c>intercept + slope (n - 1 - offset)</c>. Σy and Σxy are kept rolling and
/// compensated (<see cref="LinearlyWeightedWindow"/>) where TradingView re-sums the window every
/// bar, so results agree to the rounding, not to the bit.
/// </para>
/// <para>
/// The window is na-compacted: an na source is not stored and returns the last value (na during
/// warm-up). Warm-up: na until <c>length</c> non-na values. A length of 1 returns the source.
/// </para>
/// </remarks>
public struct LinRegState : IRestorableState<LinRegState>
{
    private int _length;
    private LinearlyWeightedWindow _window;
    private double _sumX;
    private double _denominator;
    private double _last;

    /// <summary>Linear regression: the least-squares line through the last <paramref name="length"/> values, evaluated <paramref name="offset"/> bars back from this one.</summary>
    [PineFunction("ta.linreg", Name = "LinReg")]
    public double Update([Series] double source, [WindowLength] int length, int offset)
    {
        _length = TaArguments.Checked("linreg", length, _length);
        if (length == 1)
        {
            return source;
        }

        if (double.IsNaN(source))
        {
            return _window.IsFull ? _last : double.NaN;
        }

        _window.Push(source, length);
        if (!_window.IsFull)
        {
            return double.NaN;
        }

        if (_denominator == 0)
        {
            // Summed in order, as TradingView sums them (exact for any practical length).
            double sumX = 0, sumXX = 0;
            for (int i = 1; i <= length; i++)
            {
                sumX += i;
                sumXX += (double)i * i;
            }

            _sumX = sumX;
            _denominator = length * sumXX - sumX * sumX;
        }

        double sumY = _window.Sum;
        double slope = (length * _window.WeightedSum - _sumX * sumY) / _denominator;
        double average = sumY / length;
        double intercept = average - slope * _sumX / length + slope;
        _last = intercept + slope * (length - 1 - offset);
        return _last;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref LinRegState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
        target._sumX = _sumX;
        target._denominator = _denominator;
        target._last = _last;
    }
}
