namespace ScriptGen;

/// <summary>
/// The bars an imported indicator runs on and when it may run each of them: the chart's own bars, in lockstep with
/// the chart, or another timeframe or symbol (Pine's <c>request.security</c>), whose bars run as the chart's clock
/// makes them visible (<see cref="Visible"/>). Every indicator imported onto the same bars with the same
/// <c>gaps</c> and <c>lookahead</c> shares one context.
/// </summary>
internal sealed class ImportContext
{
    private readonly List<Script> _scripts = new();

    private ImportContext(SymbolInfo symbol, Bars bars, int[]? visible, bool gaps, int[]? intrabarStarts = null)
    {
        Symbol = symbol;
        Bars = bars;
        Visible = visible;
        Gaps = gaps;
        IntrabarStarts = intrabarStarts;
    }

    /// <summary>The symbol the context's bars are of.</summary>
    public SymbolInfo Symbol { get; }

    /// <summary>The context's bars: the chart's, another symbol's, or either built up to a higher timeframe.</summary>
    public Bars Bars { get; }

    /// <summary>
    /// For each chart bar, how many of the context's bars the scripts in it have run once that chart bar closed:
    /// without lookahead, every bar whose period had closed by then; with it, also the bar whose period holds the
    /// chart bar. Null for the chart's own context, which runs in lockstep.
    /// </summary>
    public int[]? Visible { get; }

    /// <summary>Whether a plot's current value reads na on chart bars where no bar of the context became visible (Pine's <c>barmerge.gaps_on</c>).</summary>
    public bool Gaps { get; }

    /// <summary>
    /// For a lower timeframe's context (Pine's <c>request.security_lower_tf</c>), for each chart bar the first of the
    /// context's bars that opens at or after the chart bar opens: the chart bar's intrabars are those from there up to
    /// <see cref="Visible"/>. Null for every other context.
    /// </summary>
    public int[]? IntrabarStarts { get; }

    /// <summary>The imported scripts running on these bars, in run order (each after the scripts it imports).</summary>
    public IReadOnlyList<Script> Scripts => _scripts;

    /// <summary>How many of the context's bars its scripts have run.</summary>
    public int Done { get; set; }

    /// <summary>Whether this is the chart's own context.</summary>
    public bool IsChart => Visible is null;

    /// <summary>The chart's own context: its bars, in lockstep.</summary>
    public static ImportContext Chart(SymbolInfo symbol, Bars bars) => new(symbol, bars, visible: null, gaps: false);

    /// <summary>A context of other bars, run as <paramref name="visible"/> says.</summary>
    public static ImportContext Other(SymbolInfo symbol, Bars bars, int[] visible, bool gaps) => new(symbol, bars, visible, gaps);

    /// <summary>
    /// A context of a lower timeframe's bars, run as <paramref name="visible"/> says, whose scripts' plots also read as the
    /// values on each chart bar's intrabars (<see cref="IntrabarStarts"/>).
    /// </summary>
    public static ImportContext Intrabars(SymbolInfo symbol, Bars bars, int[] visible, int[] intrabarStarts) =>
        new(symbol, bars, visible, gaps: false, intrabarStarts);

    /// <summary>Adds an imported script, after the ones it imports.</summary>
    public void Add(Script script) => _scripts.Add(script);
}
