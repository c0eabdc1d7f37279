namespace ScriptGen;

/// <summary>
/// The bars an imported indicator runs on and when it may run each of them: the chart's own bars, in lockstep with
/// the chart, or another timeframe or symbol (Pine's <c>request.security</c>), whose bars run as the chart's clock
/// makes them visible (<see cref="VisibleFrom"/>). Every indicator imported onto the same bars with the same
/// <c>gaps</c> and <c>lookahead</c> shares one context.
/// </summary>
internal sealed class ImportContext
{
    private readonly List<Script> _scripts = new();

    private ImportContext(SymbolInfo symbol, Bars bars, int[]? visibleFrom, bool gaps, int[]? intrabarStarts = null)
    {
        Symbol = symbol;
        Bars = bars;
        VisibleFrom = visibleFrom;
        Gaps = gaps;
        IntrabarStarts = intrabarStarts;
    }

    /// <summary>The symbol the context's bars are of.</summary>
    public SymbolInfo Symbol { get; }

    /// <summary>The context's bars: the chart's, another symbol's, or either built up to a higher timeframe.</summary>
    public Bars Bars { get; }

    /// <summary>
    /// For each of the context's bars, the chart bar from which it is visible (the chart's bar count when it never is),
    /// not decreasing: without lookahead the first chart bar that closes at or after the bar's period closes; with it,
    /// the first chart bar inside the bar's period. Its scripts run the bar just before that chart bar's scripts. One
    /// entry per context bar, not per chart bar, so a daily context of a million-bar chart costs a few hundred.
    /// Null for the chart's own context, which runs in lockstep.
    /// </summary>
    public int[]? VisibleFrom { get; }

    /// <summary>Whether a plot's current value reads na on chart bars where no bar of the context became visible (Pine's <c>barmerge.gaps_on</c>).</summary>
    public bool Gaps { get; }

    /// <summary>
    /// For a lower timeframe's context (Pine's <c>request.security_lower_tf</c>), for each chart bar the first of the
    /// context's bars that opens at or after the chart bar opens: the chart bar's intrabars are those from there up to
    /// the ones visible on it. Null for every other context.
    /// </summary>
    public int[]? IntrabarStarts { get; }

    /// <summary>The imported scripts running on these bars, in run order (each after the scripts it imports).</summary>
    public IReadOnlyList<Script> Scripts => _scripts;

    /// <summary>How many of the context's bars its scripts have run.</summary>
    public int Done { get; set; }

    /// <summary>Whether the last advance (<see cref="Done"/> set for a chart bar) ran any new bar.</summary>
    public bool AdvancedLast { get; set; }

    /// <summary>Whether this is the chart's own context.</summary>
    public bool IsChart => VisibleFrom is null;

    /// <summary>The chart's own context: its bars, in lockstep.</summary>
    public static ImportContext Chart(SymbolInfo symbol, Bars bars) => new(symbol, bars, visibleFrom: null, gaps: false);

    /// <summary>A context of other bars, run as <paramref name="visibleFrom"/> says.</summary>
    public static ImportContext Other(SymbolInfo symbol, Bars bars, int[] visibleFrom, bool gaps) => new(symbol, bars, visibleFrom, gaps);

    /// <summary>
    /// A context of a lower timeframe's bars, run as <paramref name="visibleFrom"/> says, whose scripts' plots also read as
    /// the values on each chart bar's intrabars (<see cref="IntrabarStarts"/>).
    /// </summary>
    public static ImportContext Intrabars(SymbolInfo symbol, Bars bars, int[] visibleFrom, int[] intrabarStarts) =>
        new(symbol, bars, visibleFrom, gaps: false, intrabarStarts);

    /// <summary>How many of the context's bars are visible on <paramref name="chartBar"/>, counting on from <see cref="Done"/>.</summary>
    public int VisibleOn(int chartBar)
    {
        int[] from = VisibleFrom!;
        int visible = Done;
        while (visible < from.Length && from[visible] <= chartBar)
        {
            visible++;
        }

        return visible;
    }

    /// <summary>
    /// After the advance for <paramref name="chartBar"/>, the first later chart bar on which what this context's scripts
    /// show may change: the next of its bars becomes visible, a gap's na starts (the bar after one became visible), or, for
    /// intrabars, every bar. Until then the chart's script may run bar after bar without this context being advanced.
    /// </summary>
    public int NextChange(int chartBar)
    {
        if (IntrabarStarts is not null || (Gaps && AdvancedLast))
        {
            return chartBar + 1;
        }

        int[] from = VisibleFrom!;
        return Done < from.Length ? from[Done] : int.MaxValue;
    }

    /// <summary>Adds an imported script, after the ones it imports.</summary>
    public void Add(Script script) => _scripts.Add(script);
}
