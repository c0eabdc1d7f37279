namespace ScriptGen.Trading.Models;

/// <summary>The bar a fill model is asked about: its index, open time and prices, and the symbol's tick size.</summary>
/// <param name="Index">The bar's 0-based index.</param>
/// <param name="Time">The bar's open time, Unix milliseconds UTC.</param>
/// <param name="Open">The open.</param>
/// <param name="High">The high.</param>
/// <param name="Low">The low.</param>
/// <param name="Close">The close.</param>
/// <param name="MinTick">The symbol's tick size.</param>
public readonly record struct FillBar(int Index, long Time, double Open, double High, double Low, double Close, double MinTick);
