using System.Runtime.CompilerServices;

namespace ScriptGen.CompilerServices;

/// <summary>
/// The bars of a run up to the current one, as a <c>ta</c> core method sees them when it asks for a
/// parameter named <c>history</c>: for state that must cover every bar, including bars on which its
/// call site did not run (Pine's builtin variables such as <c>ta.obv</c>, which TradingView computes
/// on every bar).
/// </summary>
/// <remarks>Valid only during the call it was passed to; reads before the first bar are na.</remarks>
public readonly struct BarHistory
{
    private readonly Script _script;

    internal BarHistory(Script script) => _script = script;

    /// <summary>The current bar's index.</summary>
    public int BarIndex
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _script.Cursor.Index;
    }

    /// <summary>The open <paramref name="barsBack"/> bars ago (0 = the current bar).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Open(int barsBack) => _script.ReadPrice(PriceSource.Open, barsBack);

    /// <summary>The high <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double High(int barsBack) => _script.ReadPrice(PriceSource.High, barsBack);

    /// <summary>The low <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Low(int barsBack) => _script.ReadPrice(PriceSource.Low, barsBack);

    /// <summary>The close <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Close(int barsBack) => _script.ReadPrice(PriceSource.Close, barsBack);

    /// <summary>The volume <paramref name="barsBack"/> bars ago (na without volume data).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Volume(int barsBack) => _script.ReadPrice(PriceSource.Volume, barsBack);
}
