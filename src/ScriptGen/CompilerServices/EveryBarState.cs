using System.ComponentModel;

namespace ScriptGen.CompilerServices;

/// <summary>
/// The call-site state of a Pine built-in variable (<c>ta.obv</c>, <c>ta.pvt</c>, <c>ta.vwap</c>, ...), which
/// TradingView computes on every bar: the function's own state, the next bar it has not seen and its last
/// value. A call that did not run on some bars (inside an <c>if</c>) first feeds them, so its value is the
/// same wherever the script reads it.
/// </summary>
/// <typeparam name="TState">The function's state.</typeparam>
/// <typeparam name="TValue">Its value.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051", Justification = "Fields: the adapter passes State by ref to the core method.")]
public struct EveryBarState<TState, TValue>
    where TState : struct
{
    /// <summary>The function's state.</summary>
    public TState State;

    /// <summary>The first bar not yet fed to <see cref="State"/>.</summary>
    public int NextBar;

    /// <summary>The value on the last bar fed.</summary>
    public TValue Last;
}
