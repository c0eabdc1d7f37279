namespace ScriptGen;

/// <summary>
/// The trading settings of a strategy: declared on <see cref="StrategyAttribute"/>, overridable per
/// run through <see cref="RunOptions.Strategy"/>. Defaults are Pine v5's <c>strategy()</c> defaults.
/// </summary>
public sealed record StrategySettings
{
    /// <summary>The settings a strategy has when it declares none: Pine v5's defaults.</summary>
    public static StrategySettings Default { get; } = new();

    /// <summary>Starting cash, in the symbol's currency. Pine's <c>initial_capital</c>; default 1,000,000.</summary>
    public double InitialCapital { get; init; } = 1_000_000;

    /// <summary>
    /// The quantity an entry uses when it gives none: a fixed number of contracts/units.
    /// Pine's <c>default_qty_value</c> with <c>default_qty_type = strategy.fixed</c>; default 1.
    /// </summary>
    public double DefaultQuantity { get; init; } = 1;

    /// <summary>
    /// How many entries in the same direction may be open at once. Pine's <c>pyramiding</c>; 0 and 1
    /// both allow one entry per direction, as in Pine. Default 0.
    /// </summary>
    public int Pyramiding { get; init; }

    /// <summary>The number of same-direction entries allowed at once (at least one).</summary>
    internal int MaxEntriesPerDirection => Math.Max(1, Pyramiding);

    /// <summary>Checks the settings, naming the first invalid one.</summary>
    internal void Validate(string scriptTitle)
    {
        if (!(InitialCapital > 0) || double.IsInfinity(InitialCapital))
        {
            throw new ScriptEngineException(
                $"Strategy '{scriptTitle}': InitialCapital must be a positive finite number; got {InitialCapital}.");
        }

        if (!(DefaultQuantity > 0) || double.IsInfinity(DefaultQuantity))
        {
            throw new ScriptEngineException(
                $"Strategy '{scriptTitle}': DefaultQuantity must be a positive finite number; got {DefaultQuantity}.");
        }

        if (Pyramiding < 0)
        {
            throw new ScriptEngineException(
                $"Strategy '{scriptTitle}': Pyramiding must be 0 or more; got {Pyramiding}.");
        }
    }
}
