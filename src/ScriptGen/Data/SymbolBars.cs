namespace ScriptGen;

/// <summary>One symbol's bars and what a run needs to know about the symbol (tick size, currency, time zone).</summary>
/// <param name="Symbol">The symbol; its <see cref="SymbolInfo.Ticker"/> names the entry.</param>
/// <param name="Bars">Its bars.</param>
public sealed record SymbolBars(SymbolInfo Symbol, Bars Bars)
{
    /// <summary>The symbol's ticker.</summary>
    public string Ticker => Symbol.Ticker;

    /// <summary><paramref name="template"/> (or the defaults) with this symbol: the options to run a script on these bars.</summary>
    public RunOptions OptionsFrom(RunOptions? template = null) => (template ?? RunOptions.Default) with { Symbol = Symbol };
}
