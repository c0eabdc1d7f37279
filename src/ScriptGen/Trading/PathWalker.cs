using System.Runtime.CompilerServices;
using ScriptGen.Trading.Models;

namespace ScriptGen.Trading;

/// <summary>
/// Walks a bar's assumed path (rule 3, <see cref="IFillModel"/>): which pending order the price reaches
/// first, where, and in what order. Every level is met in path order, so fills on one bar see each
/// other: an exit can fill after its entry on the same bar (rule 6), a trailing stop can arm and fill
/// within one bar (rule 7), orders reached at the same price fill one after the other (rule 10). Between
/// fills, open trades see each price (their run-up and drawdown), equity is sampled (drawdown and run-up),
/// and margin is checked (rule 17). Also the close pass (rule 8) and the re-runs of
/// <c>calc_on_order_fills</c> (rule 9).
/// </summary>
/// <remarks>
/// <para><c>calc_on_order_fills</c>: the path is walked as without the setting; when a point before the close
/// saw a fill, the script re-runs there: the position, equity and open profit it reads, and the size of a
/// default-sized order it places, are marked at that point's price; its market orders fill at that price
/// (with slippage), its price orders wherever the rest of the path reaches them. If the re-run's own orders
/// fill at that same point, the next re-run stands at the next point, so every re-run stands further along
/// the bar than the one before (TradingView's "at most four fills per historical bar: two at the open, one at
/// each extreme", and PyneCore's measured "open, open, near, far"). A fill on the closing leg gets no re-run:
/// the bar's ordinary run at the close follows and sees it. The script sees the bar's finished open, high,
/// low and close in every run, as TradingView's re-runs do.</para>
/// </remarks>
internal sealed class PathWalker
{
    private readonly OrderBook _book;
    private readonly TradeLedger _ledger;
    private readonly EquityRecorder _equity;
    private readonly OrderTriggers _triggers;
    private readonly FillExecutor _executor;
    private readonly MarginCalls _margin;
    private readonly bool _marginCalls;
    private readonly CurrentBar _current;
    private readonly IFillModel _fillModel;
    private readonly double[] _path;
    private readonly bool _tradingViewPath;
    private readonly bool _processOrdersOnClose;
    private IIntrabarScript? _intrabarScript;

    public PathWalker(
        OrderBook book, TradeLedger ledger, EquityRecorder equity, OrderTriggers triggers, FillExecutor executor, MarginCalls margin,
        CurrentBar current, IFillModel fillModel, StrategySettings settings)
    {
        if (fillModel.MaxPathLength < 2)
        {
            throw new ScriptEngineException(
                $"Fill model {fillModel.GetType().Name} declares MaxPathLength {fillModel.MaxPathLength}; a path has at least 2 points (the open and the close).");
        }

        _book = book;
        _ledger = ledger;
        _equity = equity;
        _triggers = triggers;
        _executor = executor;
        _margin = margin;
        _marginCalls = margin.Enabled;
        _current = current;
        _fillModel = fillModel;
        _path = new double[fillModel.MaxPathLength];
        _tradingViewPath = fillModel is TradingViewFillModel;
        _processOrdersOnClose = settings.ProcessOrdersOnClose;
    }

    /// <summary>The script re-run after fills within a bar (rule 9); null when <c>calc_on_order_fills</c> is off.</summary>
    public IIntrabarScript? IntrabarScript
    {
        get => _intrabarScript;
        set => _intrabarScript = value;
    }

    /// <summary>
    /// Whether the marks along a walked bar's path go unread: a run that follows no drawdown (a sweep's lean run), with no
    /// re-run or margin call on the way. Set by the broker whenever one of those changes. Such a run's drawdown, run-up and
    /// trade extremes are na and the mark at the close is the broker's, so its walk only moves armed trailing stops at the
    /// open, and ends once the open's fills leave the book empty: nothing else can happen on the bar.
    /// </summary>
    public bool MarksOnlyAtClose { get; set; }

    /// <summary>
    /// Walks the path of <see cref="CurrentBar.Bar"/> from its open to its close, filling what it reaches. True when the bar
    /// had nothing in reach and was only marked (<see cref="MarkedBarWithNothingInReach"/>): then <paramref name="reach"/> holds
    /// where the pending orders come in reach, which stays so until the book's change count moves.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // The usual bar ends in the first step: one call a bar, not two.
    public bool Walk(out ReachBand reach)
    {
        if (MarksHeldBarsAlone && MarkedBarWithNothingInReach(out reach))
        {
            return true;
        }

        reach = default;
        WalkPath();
        return false;
    }

    /// <summary><see cref="Walk"/> past its first step: the path point by point (a bar on TradingView's path comes here with an order in reach).</summary>
    private void WalkPath()
    {
        int points = _fillModel.Path(in _current.Bar, _path);
        ReadOnlySpan<double> path = new(_path, 0, points);
        if (_intrabarScript is null && !_marginCalls && !_tradingViewPath)
        {
            if (_book.Count > 0)
            {
                _book.RemoveOrphanExits(reversed: false);
            }

            (double lowest, double highest) = Range(path);
            if (!AnyOrderReachable(lowest, highest, out _))
            {
                // Most bars: nothing fills, so nothing changes the trades or the book on the way; only the marks.
                MarkAlong(path, lowest, highest);
                return;
            }
        }

        double price = path[0];
        if (MarksOnlyAtClose)
        {
            TrackTrailingStops(price); // A lean run's trades and equity keep no extremes: the gap only moves trailing stops.
        }
        else
        {
            Advance(double.NaN, price); // The open is on the path: the gap from the last close counts for the trades.
        }

        if (_book.Count == 0 && _intrabarScript is null)
        {
            // Holding a position with nothing pending, margin calls on: the marks along the path, checked at each point.
            CheckMarginCall(price);
            for (int i = 1; i < path.Length; i++)
            {
                Advance(price, path[i]);
                price = path[i];
                CheckMarginCall(price);
            }

            return;
        }

        _book.RemoveOrphanExits(reversed: false);

        // The open: market orders placed on earlier bars fill here (rules 1, 2), and price orders the
        // open has already gone through fill here too, at the open (rules 4, 5).
        long fillsSeen = _ledger.Fills;
        SettleOpen(price);
        CheckMarginCall(price);
        if (MarksOnlyAtClose && _book.Count == 0)
        {
            // A lean run's fill bar (most of a sweep's fills: a market order at the open): the rest of the path would only
            // move marks nobody reads. Measured on the 200-run EMA Cross sweep (docs/performance.md, Sweeps).
            return;
        }

        for (int i = 1; i < path.Length; i++)
        {
            if (_intrabarScript is not null && _ledger.Fills != fillsSeen)
            {
                // Rule 9: the point just reached saw a fill (the closing leg's fills are left to the
                // bar's ordinary run, which is why this stands before the segment).
                fillsSeen = _ledger.Fills;
                RunScriptAfterFill(price, _intrabarScript);
            }

            WalkSegment(price, path[i]);
            price = path[i];
            CheckMarginCall(price);
        }
    }

    /// <summary>
    /// <see cref="Walk"/>'s first step on <see cref="TradingViewFillModel"/>'s path, when no re-run or margin call can happen
    /// on the way: if no pending order can trigger on the bar, its marks, and true; false, having only dropped orphaned exits,
    /// when the path has to be walked point by point. The path's range is the bar's low to its high (its points are the
    /// bar's open, high, low and close, and <see cref="Bars"/> holds every bar's open and close within them), and with one
    /// open trade its equity is sampled at the four points as values, so the path is never written out (most bars of most
    /// strategies: a position held, nothing pending or nothing in reach). <paramref name="reach"/>: where the pending orders
    /// come in reach (<see cref="ReachBand.Nowhere"/> with none).
    /// </summary>
    private bool MarkedBarWithNothingInReach(out ReachBand reach)
    {
        ref readonly FillBar bar = ref _current.Bar;
        reach = ReachBand.Nowhere;
        if (_book.Count > 0)
        {
            _book.RemoveOrphanExits(reversed: false);
            if (AnyOrderReachable(bar.Low, bar.High, out reach))
            {
                return false;
            }
        }

        if (_ledger.OpenCount != 0)
        {
            MarkHeldBar();
        }

        return true;
    }

    /// <summary>Whether a bar held with nothing pending is walked by <see cref="MarkHeldBar"/> alone: TradingView's path, no re-run or margin call on the way.</summary>
    public bool MarksHeldBarsAlone => _tradingViewPath && _intrabarScript is null && !_marginCalls;

    /// <summary>
    /// <see cref="CurrentBar.Bar"/> held with nothing pending on TradingView's path (<see cref="MarksHeldBarsAlone"/>): each open
    /// trade sees the bar's range and equity is sampled at its four points. The trades' marks at the close are the caller's.
    /// </summary>
    public void MarkHeldBar()
    {
        ref readonly FillBar bar = ref _current.Bar;
        if (_ledger.OpenCount > 1)
        {
            // Several open trades (pyramiding): the path's points, marked as on any model's path.
            int points = _fillModel.Path(in bar, _path);
            MarkAlong(new ReadOnlySpan<double>(_path, 0, points), bar.Low, bar.High);
            return;
        }

        _ledger.SeeRange(bar.Low, bar.High);
        (double nearer, double farther) = TradingViewFillModel.Extremes(in bar);
        _equity.SampleAlong(bar.Open, nearer, farther, bar.Close, _ledger.Open[0], _ledger.ClosedEquity);
    }

    /// <summary>
    /// Whether a pending order can trigger anywhere on a path spanning <paramref name="lowest"/> to <paramref name="highest"/>
    /// (<see cref="OrderTriggers.TryAddReach"/>), and <paramref name="reach"/>, where the orders come in reach (complete only
    /// when the answer is false). No fill, no arming on the way means none later on the bar either: only a fill or an arming
    /// changes the book, the trades and the levels, so the answer holds for the whole bar.
    /// </summary>
    private bool AnyOrderReachable(double lowest, double highest, out ReachBand reach)
    {
        reach = ReachBand.Nowhere;
        foreach (PendingOrder order in _book.Orders)
        {
            if (!_triggers.TryAddReach(order, ref reach))
            {
                return true;
            }
        }

        return reach.Reaches(lowest, highest);
    }

    /// <summary>
    /// The path with nothing to fill on it: each open trade sees the path's highest and lowest price (its run-up and
    /// drawdown keep extremes, whichever point brought them), and equity is sampled at each point in path order (drawdown
    /// and run-up of equity depend on the order), skipping a point equal to the one before, as <see cref="Advance"/> does.
    /// The same figures as walking the points one by one, in one pass over the trades instead of one per point.
    /// </summary>
    private void MarkAlong(ReadOnlySpan<double> path, double lowest, double highest)
    {
        if (_ledger.OpenCount == 0)
        {
            return;
        }

        _ledger.SeeRange(lowest, highest);
        if (_ledger.OpenCount == 1)
        {
            // One open trade, as on most bars of most strategies: its equity at each point without a pass over the trades.
            _equity.SampleAlong(path, _ledger.Open[0], _ledger.ClosedEquity);
            return;
        }

        _equity.SampleAlong(path, _ledger);
    }

    /// <summary>The lowest and highest point of <paramref name="path"/> (na points left out, as the walk's comparisons leave them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Runs on every bar with a position; the JIT left it a call.
    private static (double Lowest, double Highest) Range(ReadOnlySpan<double> path)
    {
        // Math.Min/Max compile without branches; compared point by point, the order of the high and the low on the path
        // (a coin toss on most data) costs a mispredicted branch or two on every bar.
        double lowest = double.PositiveInfinity, highest = double.NegativeInfinity;
        foreach (double price in path)
        {
            lowest = Math.Min(lowest, price);
            highest = Math.Max(highest, price);
        }

        return double.IsNaN(lowest) ? RangeWithoutNa(path) : (lowest, highest);
    }

    /// <summary><see cref="Range"/> of a path with na points: the others' range (Math.Min/Max would return na).</summary>
    private static (double Lowest, double Highest) RangeWithoutNa(ReadOnlySpan<double> path)
    {
        double lowest = double.PositiveInfinity, highest = double.NegativeInfinity;
        foreach (double price in path)
        {
            if (price < lowest)
            {
                lowest = price;
            }

            if (price > highest)
            {
                highest = price;
            }
        }

        return (lowest, highest);
    }

    /// <summary>
    /// The bar magnifier: walks <see cref="CurrentBar.Bar"/> along its intrabars (<paramref name="first"/> up to
    /// <paramref name="end"/> of <paramref name="intrabars"/>), each on its own path from the fill model, instead of the bar's
    /// one path. The open is the bar's, where market orders fill and the gap batch settles, as without the magnifier. Where
    /// the intrabars leave a gap (the bar's open to the first intrabar's, one intrabar's close to the next one's open, the last
    /// close to the bar's) the price jumps, and the orders it jumps through fill where it lands, as at a bar's open (rule 4).
    /// Marks, equity samples, margin checks and re-runs after fills (rule 9) happen at every point of the finer path.
    /// </summary>
    public void WalkMagnified(Intrabars intrabars, int first, int end)
    {
        ref readonly FillBar bar = ref _current.Bar;
        double price = bar.Open;
        Advance(double.NaN, price);
        bool idle = _book.Count == 0 && _intrabarScript is null; // Nothing can be placed on the way: only the marks.
        long fillsSeen = _ledger.Fills;
        if (!idle)
        {
            _book.RemoveOrphanExits(reversed: false);
            SettleOpen(price);
        }

        CheckMarginCall(price);
        for (int k = first; k < end; k++)
        {
            FillBar intrabar = intrabars.Bar(k, in bar);
            int points = _fillModel.Path(in intrabar, _path);
            for (int i = 0; i < points; i++)
            {
                double to = _path[i];
                bool jump = i == 0;
                if (jump && to == price)
                {
                    continue; // The intrabar opens where the last one closed: no jump.
                }

                MoveMagnified(ref price, to, jump, idle, ref fillsSeen);
            }
        }

        if (bar.Close != price)
        {
            MoveMagnified(ref price, bar.Close, jump: true, idle, ref fillsSeen);
        }
    }

    /// <summary>One step of the magnified path: a jump (a gap, fills where it lands) or a segment (every level on the way trades).</summary>
    private void MoveMagnified(ref double price, double to, bool jump, bool idle, ref long fillsSeen)
    {
        if (idle)
        {
            Advance(price, to);
        }
        else
        {
            if (_intrabarScript is not null && _ledger.Fills != fillsSeen)
            {
                // Rule 9 at the point just reached, as on the four-point path: the last step's fills are left to the bar's run.
                fillsSeen = _ledger.Fills;
                RunScriptAfterFill(price, _intrabarScript);
            }

            if (jump)
            {
                Advance(price, to);
                SettleAt(to);
            }
            else
            {
                WalkSegment(price, to);
            }
        }

        price = to;
        CheckMarginCall(price);
    }

    /// <summary>The close pass after the script ran (rule 8): <c>immediately</c> closes, and with <c>process_orders_on_close</c> everything pending.</summary>
    public void ClosePass(double price)
    {
        FillImmediateCloses(price);
        if (_processOrdersOnClose && _book.Count > 0)
        {
            SettleAt(price);
        }
    }

    /// <summary><c>strategy.close(immediately = true)</c> orders fill at <paramref name="price"/>, the price the script ran at.</summary>
    private void FillImmediateCloses(double price)
    {
        if (_book.ImmediateCount == 0)
        {
            return;
        }

        for (int i = 0; i < _book.Count; i++)
        {
            PendingOrder order = _book[i];
            if (order.Immediately)
            {
                _executor.Execute(order, new Trigger(price, price, OrderLeg.Market, TriggerAction.Fill));
                i = -1; // The book changed; start over (the filled order is gone).
            }
        }
    }

    /// <summary>
    /// The open's batch: market orders, then the price orders the open has gone through (rules 1, 2, 4, 5). When a
    /// price entry there reverses the position, exits the open also went through still fill, after it (the gap batch).
    /// </summary>
    private void SettleOpen(double open)
    {
        bool committed = false;
        while (_book.Count > 0 && FindNext(open, open, out PendingOrder? order, out Trigger trigger))
        {
            if (!committed && !order!.IsMarket && order.Kind is OrderKind.Entry or OrderKind.Order
                && _ledger.PositionSize != 0 && !_ledger.SameDirectionAsPosition(order.Direction))
            {
                _triggers.CommitGappedExits(open);
                committed = true;
            }

            _executor.Execute(order!, trigger);
        }

        if (committed)
        {
            _book.EndGapBatch();
            _book.RemoveOrphanExits(reversed: false);
        }
    }

    /// <summary>Handles every order that triggers at <paramref name="price"/> without the price moving, best first.</summary>
    private void SettleAt(double price)
    {
        while (_book.Count > 0 && FindNext(price, price, out PendingOrder? order, out Trigger trigger))
        {
            _executor.Execute(order!, trigger);
        }
    }

    /// <summary>Moves the price from <paramref name="from"/> to <paramref name="to"/> (monotonically), handling each order where it is reached.</summary>
    private void WalkSegment(double from, double to)
    {
        double price = from;
        while (_book.Count > 0 && FindNext(price, to, out PendingOrder? order, out Trigger trigger))
        {
            Advance(price, trigger.Level);
            price = trigger.Level;
            _executor.Execute(order!, trigger);
        }

        Advance(price, to);
    }

    /// <summary>
    /// The order the path reaches first between <paramref name="price"/> and <paramref name="to"/>: the
    /// nearest level; at one level, market orders, then entries and orders, then exits, each in the
    /// order they were placed.
    /// </summary>
    private bool FindNext(double price, double to, out PendingOrder? best, out Trigger bestTrigger)
    {
        best = null;
        bestTrigger = default;
        double bestDistance = double.PositiveInfinity;
        foreach (PendingOrder order in _book.Orders)
        {
            if (!_triggers.TryTrigger(order, price, to, out Trigger trigger))
            {
                continue;
            }

            double distance = Math.Abs(trigger.Level - price);
            if (distance < bestDistance
                || (distance == bestDistance && (order.Priority < best!.Priority || (order.Priority == best.Priority && order.Sequence < best.Sequence))))
            {
                best = order;
                bestTrigger = trigger;
                bestDistance = distance;
            }
        }

        return best is not null;
    }

    /// <summary>
    /// The re-run at a path point that saw a fill, with the position marked at <paramref name="price"/>; then
    /// what it ordered that fills at once: its <c>immediately</c> closes, its market orders and price orders
    /// already through. Fills here make the next point re-run too, so each re-run stands further along the bar.
    /// </summary>
    private void RunScriptAfterFill(double price, IIntrabarScript script)
    {
        double scriptPrice = _current.ScriptPrice;
        _current.ScriptPrice = price; // What a default-sized market order is sized at.
        _ledger.MarkAt(price);
        script.RunAfterFill();
        _current.ScriptPrice = scriptPrice;

        FillImmediateCloses(price);
        _book.RemoveOrphanExits(reversed: false);
        SettleAt(price);
        CheckMarginCall(price);
    }

    /// <summary>
    /// The price moved from <paramref name="from"/> to <paramref name="to"/> with nothing filling: open trades
    /// and armed trailing stops see the new price, and equity is sampled there for drawdown and run-up.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Runs at every point of a walked bar; the JIT left it a call.
    private void Advance(double from, double to)
    {
        if (_ledger.OpenCount == 0 || from == to)
        {
            return;
        }

        double equity = _ledger.MoveTo(to);
        _book.TrackTrailingStops(to, _ledger.PositionSize > 0);
        _equity.Sample(equity);
    }

    /// <summary>The part of <see cref="Advance"/> a run without marks along the path needs: armed trailing stops see the price.</summary>
    private void TrackTrailingStops(double price)
    {
        if (_ledger.OpenCount != 0)
        {
            _book.TrackTrailingStops(price, _ledger.PositionSize > 0);
        }
    }

    private void CheckMarginCall(double price)
    {
        if (_marginCalls)
        {
            _margin.Check(price);
        }
    }
}
