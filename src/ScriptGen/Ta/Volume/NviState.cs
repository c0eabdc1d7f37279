using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.nvi</c>: the negative volume index, starting at 1 and moving by the close's
/// relative change on bars whose volume fell.
/// </summary>
/// <remarks>
/// Pine's reference: with the previous index (1 if it is 0 or na), <c>nz(close[1])</c> and
/// <c>nz(volume[1])</c>, the index holds (a zero or na close, or no previous close, holds it too)
/// unless <c>volume &lt; volume[1]</c>, when it becomes <c>nvi[1] + (close - close[1]) / close[1] * nvi[1]</c>.
/// Defined from the first bar. Like <see cref="ObvState"/>, a Pine variable computed on every bar:
/// in a script the state catches up on bars its call site did not run on.
/// </remarks>
public struct NviState
{
    private double _previousClose;
    private double _previousVolume;
    private double _index;
    private bool _started;

    /// <summary>Negative volume index: starts at 1 and follows the close's relative change on bars whose volume fell.</summary>
    [PineFunction("ta.nvi", EveryBar = true)]
    public double Update([Bar(BarValue.Close)] double close, [Bar(BarValue.Volume)] double volume)
    {
        if (!_started)
        {
            _index = 1.0;
            _started = true;
        }

        double previousClose = _previousClose;
        double previous = Nz(_index) == 0.0 ? 1.0 : _index;
        double next = previous;
        if (Nz(close) != 0.0 && Nz(previousClose) != 0.0 && volume < Nz(_previousVolume))
        {
            next = previous + ((close - previousClose) / previousClose) * previous;
        }

        _previousClose = close;
        _previousVolume = volume;
        _index = next;
        return next;
    }


    private static double Nz(double value) => double.IsNaN(value) ? 0.0 : value;
}
