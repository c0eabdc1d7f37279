using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.pivot_point_levels(type, anchor, developing)</c>: support and resistance
/// levels from the high, low, close (and open) of the period before the last anchor.
/// </summary>
/// <remarks>
/// <para>A bar where <c>anchor</c> is true closes the current period and opens a new one: the closed
/// period's high, low and open, and the close before this bar, give the levels, which then hold until
/// the next anchor. With <c>developing</c> the levels follow the current period instead (its high,
/// low and open so far, and this bar's close). All na until the first anchor. As PyneCore computes them
/// (validated against TradingView's export for Traditional, Fibonacci, DM, Camarilla and Woodie).</para>
/// <para>Formulas, with H, L, C, O the period's high, low, close and open and R = H - L:
/// Traditional and Classic P = (H + L + C) / 3, R1 = 2P - L, S1 = 2P - H, R2 = P + R, S2 = P - R,
/// R3 = R1 + R, S3 = S1 - R; Traditional also R4 = 3P + (H - 3L), S4 = 3P - (3H - L),
/// R5 = 4P + (H - 4L), S5 = 4P - (4H - L) (TradingView's help for Pivot Points Standard).
/// Fibonacci: P as Traditional, R1/S1 = P ± 0.382R, R2/S2 = P ± 0.618R, R3/S3 = P ± R.
/// Woodie: P = (H + L + 2 * O) / 4 with O the open of the period the levels are shown in (this bar's
/// close when developing), then R1-S3 as Traditional. DM: X = H + 2L + C if C &lt; O, 2H + L + C if C &gt;
/// O, else H + L + 2C; P = X / 4, R1 = X / 2 - L, S1 = X / 2 - H. Camarilla: P as Traditional,
/// R1..R4 = C + R * 1.1 / (12, 6, 4, 2), S1..S4 = C - the same.</para>
/// <para>Not verified against TradingView: Classic (which may differ from Traditional from R3 on),
/// the Traditional R4-S5 formulas, and any R4/S4 of Woodie or R5/S5 of Camarilla, which are na here.</para>
/// </remarks>
public struct PivotPointLevelsState
{
    private double _previousHigh, _previousLow, _previousClose, _previousOpen;
    private double _currentHigh, _currentLow, _currentOpen;
    private bool _periodStarted;
    private bool _anchored;
    private bool _cached;
    private PivotPointType _cachedType;
    private PivotLevels _cachedLevels;

    /// <summary>Pivot point levels of the period that ended at the last bar where <paramref name="anchor"/> was true (of the current period with <paramref name="developing"/>): P, R1-R5, S1-S5, na where the type defines none, as a <see cref="PivotLevels"/> (indexable in Pine's array order).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a <see cref="PivotPointType"/>.</exception>
    [PineFunction("ta.pivot_point_levels")]
    public PivotLevels Update(
        [Bar(BarValue.Open)] double open,
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.Close)] double close,
        [Bar(BarValue.PreviousClose)] double previousClose,
        PivotPointType type,
        [Series] bool anchor,
        bool developing = false)
    {
        if (anchor)
        {
            // An anchor on the call site's first bar closes a period that never started: na levels.
            _previousHigh = _periodStarted ? _currentHigh : double.NaN;
            _previousLow = _periodStarted ? _currentLow : double.NaN;
            _previousClose = double.IsNaN(previousClose) ? close : previousClose;
            _previousOpen = _periodStarted ? _currentOpen : double.NaN;
            StartPeriod(open, high, low);
            _anchored = true;
            _cached = false;
        }
        else if (!_periodStarted || double.IsNaN(_currentHigh))
        {
            StartPeriod(open, high, low);
        }
        else
        {
            _currentHigh = Higher(high, _currentHigh);
            _currentLow = Lower(low, _currentLow);
        }

        if (!_anchored)
        {
            return PivotLevels.None;
        }

        if (developing)
        {
            return Levels(type, _currentHigh, _currentLow, close, _currentOpen, woodieOpen: close);
        }

        // The closed period's levels (and the current open Woodie uses) hold until the next anchor.
        if (!_cached || type != _cachedType)
        {
            _cachedLevels = Levels(type, _previousHigh, _previousLow, _previousClose, _previousOpen, woodieOpen: _currentOpen);
            _cachedType = type;
            _cached = true;
        }

        return _cachedLevels;
    }

    /// <summary><paramref name="value"/> when it is above <paramref name="current"/>, else <paramref name="current"/> (an na value changes nothing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Higher(double value, double current) =>
        // MAXSD returns its first operand when it is greater, else its second, NaN included: one
        // instruction instead of a branch that mispredicts whenever the period makes a new high.
        Sse2.IsSupported
            ? Sse2.MaxScalar(Vector128.CreateScalarUnsafe(value), Vector128.CreateScalarUnsafe(current)).ToScalar()
            : value > current ? value : current;

    /// <summary><paramref name="value"/> when it is below <paramref name="current"/>, else <paramref name="current"/> (an na value changes nothing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Lower(double value, double current) =>
        Sse2.IsSupported
            ? Sse2.MinScalar(Vector128.CreateScalarUnsafe(value), Vector128.CreateScalarUnsafe(current)).ToScalar()
            : value < current ? value : current;

    private void StartPeriod(double open, double high, double low)
    {
        _currentHigh = high;
        _currentLow = low;
        _currentOpen = open;
        _periodStarted = true;
    }

    private static PivotLevels Levels(PivotPointType type, double h, double l, double c, double o, double woodieOpen)
    {
        const double na = double.NaN;
        if (double.IsNaN(h) || double.IsNaN(l) || double.IsNaN(c))
        {
            return PivotLevels.None;
        }

        double range = h - l;
        switch (type)
        {
            case PivotPointType.Traditional:
            case PivotPointType.Classic:
            {
                double p = (h + l + c) / 3;
                double r1 = 2 * p - l;
                double s1 = 2 * p - h;
                if (type == PivotPointType.Classic)
                {
                    return new PivotLevels(p, r1, s1, p + range, p - range, r1 + range, s1 - range, na, na, na, na);
                }

                return new PivotLevels(
                    p, r1, s1, p + range, p - range, r1 + range, s1 - range,
                    p * 3 + (h - 3 * l), p * 3 - (3 * h - l), p * 4 + (h - 4 * l), p * 4 - (4 * h - l));
            }

            case PivotPointType.Fibonacci:
            {
                double p = (h + l + c) / 3;
                return new PivotLevels(
                    p, p + 0.382 * range, p - 0.382 * range, p + 0.618 * range, p - 0.618 * range,
                    p + 1.000 * range, p - 1.000 * range, na, na, na, na);
            }

            case PivotPointType.Woodie:
            {
                if (double.IsNaN(woodieOpen))
                {
                    return PivotLevels.None;
                }

                double p = (h + l + 2 * woodieOpen) / 4;
                double r1 = 2 * p - l;
                double s1 = 2 * p - h;
                return new PivotLevels(p, r1, s1, p + range, p - range, r1 + range, s1 - range, na, na, na, na);
            }

            case PivotPointType.DM:
            {
                if (double.IsNaN(o))
                {
                    return PivotLevels.None;
                }

                double x = c < o ? h + 2 * l + c : c > o ? 2 * h + l + c : h + l + 2 * c;
                return new PivotLevels(x / 4, x / 2 - l, x / 2 - h, na, na, na, na, na, na, na, na);
            }

            case PivotPointType.Camarilla:
            {
                double p = (h + l + c) / 3;
                return new PivotLevels(
                    p, c + range * 1.1 / 12, c - range * 1.1 / 12, c + range * 1.1 / 6, c - range * 1.1 / 6,
                    c + range * 1.1 / 4, c - range * 1.1 / 4, c + range * 1.1 / 2, c - range * 1.1 / 2, na, na);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, $"ta.pivot_point_levels: unknown type {type}; use a PivotPointType.");
        }
    }
}
