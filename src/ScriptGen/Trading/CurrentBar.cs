using ScriptGen.Trading.Models;

namespace ScriptGen.Trading;

/// <summary>
/// Where the broker stands: the bar it fills orders on and the price the script stands at. The one
/// piece of state its parts share; only <see cref="Broker"/> and the path walk (for re-runs) write it.
/// </summary>
internal sealed class CurrentBar
{
    /// <summary>
    /// The bar fills happen on: what trades are stamped with and what the models see. Read from the
    /// bars only when something can fill (a walk, a close pass), so on a flat, idle bar it is still the
    /// last such bar's.
    /// </summary>
    public FillBar Bar;

    /// <summary>
    /// The price the script stands at when it places an order: the bar's close, or in a re-run after a
    /// fill (<c>calc_on_order_fills</c>) that point of the path. An order without a quantity is sized at it
    /// (rule 16); na before the first bar.
    /// </summary>
    public double ScriptPrice = double.NaN;
}
