namespace ScriptGen.Reports.Html;

/// <summary>How <see cref="HtmlReport"/> draws a run.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The defaults: at most <see cref="DefaultMaxCandles"/> candles, the result's own symbol.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>The default of <see cref="MaxCandles"/>.</summary>
    public const int DefaultMaxCandles = 100_000;

    /// <summary>
    /// The most candles the report holds. The chart draws about one candle per pixel or two (the whole history
    /// as candles of many bars, single bars once zoomed in), from at most this many candles: a run with more
    /// bars holds candles of several consecutive bars each (first open, highest high, lowest low, last close),
    /// plots and equity at each one's last bar, drawdown at its deepest, and trade markers gathered per candle;
    /// the report then says so. The summary and the trade list always use every bar. Default 100,000: every
    /// bar of ten years of hourly data, and about 6 MB of chart data for a million bars.
    /// </summary>
    public int MaxCandles { get; init; } = DefaultMaxCandles;

    /// <summary>
    /// The symbol an indicator ran on (its tick size sets the price precision, its time zone the times
    /// shown). A strategy's result carries its own symbol, which this replaces when set.
    /// </summary>
    public SymbolInfo? Symbol { get; init; }

    /// <summary>The page's title; the script's title when <c>null</c>.</summary>
    public string? Title { get; init; }

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MaxCandles"/> is below 100.</exception>
    internal void Validate() => ArgumentOutOfRangeException.ThrowIfLessThan(MaxCandles, 100, nameof(MaxCandles));
}
