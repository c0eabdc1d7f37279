using System.Runtime.CompilerServices;
using ScriptGen.Trading.Models;

namespace ScriptGen.Trading;

/// <summary>
/// One strategy run's broker emulator: takes the script's orders, fills them as TradingView's broker
/// emulator does (the rules of docs/strategy.md, numbered in the comments), and keeps the
/// position, the trades, the equity curve and the running statistics the script can read.
/// </summary>
/// <remarks>
/// <para>It composes its parts and drives them through a bar; each part has one concern:</para>
/// <list type="bullet">
/// <item><see cref="OrderPlacement"/>: the <c>strategy.*</c> order calls (checks, tick grid, sizing, placement rules);</item>
/// <item><see cref="OrderBook"/>: the pending orders and their OCA groups;</item>
/// <item><see cref="PathWalker"/>: the bar's path, where each order is reached (<see cref="OrderTriggers"/>), the close pass, re-runs after fills;</item>
/// <item><see cref="FillExecutor"/>: what a fill does (price, slippage, commission, trades, OCA);</item>
/// <item><see cref="TradeLedger"/>: the trades, the position, profit and the closed trades' statistics;</item>
/// <item><see cref="EntryBook"/>: the fills the exits are bound to and the pyramiding limit counts;</item>
/// <item><see cref="EquityRecorder"/>: the equity curve, drawdown and run-up;</item>
/// <item><see cref="MarginCalls"/>: when and how much a margin call liquidates.</item>
/// </list>
/// <para>Each bar, before the script runs on it: orders pending from earlier bars are matched against
/// the bar's assumed price path (<see cref="IFillModel"/>; with the bar magnifier, the paths of the bar's
/// <see cref="Intrabars"/>), then the position is marked to the close.
/// After the script ran, a close pass fills <c>immediately</c> closes and, with
/// <c>process_orders_on_close</c>, the orders the script just placed. <c>docs/strategy.md</c> states every
/// rule and the choices made where TradingView's behaviour is not documented.</para>
/// <para>Orders still pending after the last bar never fill. A position still open at the end stays
/// open and is reported with its P&amp;L at the last close.</para>
/// </remarks>
internal sealed class Broker : IOrderBook, IStrategyAccount
{
    private readonly StrategySettings _settings;
    private readonly SymbolInfo _symbol;
    private readonly double _initialCapital;
    private readonly bool _processOrdersOnClose;
    private readonly CurrentBar _current = new();
    private readonly OrderBook _book = new();
    private readonly EntryBook _entries;
    private readonly TradeLedger _ledger;
    private readonly EquityRecorder _equity;
    private readonly OrderPlacement _placement;
    private readonly MarginCalls _margin;
    private readonly MarginLevels _marginLevels;
    private readonly PathWalker _walker;
    private readonly RiskRules _risk;
    private readonly FillExecutor _executor;
    private readonly Intrabars? _intrabars;

    // Off (RunOptions.RecordDrawdown): a bar held with nothing pending is not walked, only marked at its close.
    private readonly bool _recordDrawdown;

    // Whether a bar held with nothing pending (and no risk rule) has nothing but its mark to do: no path to follow (drawdown not
    // recorded, no margin, no re-runs after fills). Its mark then waits until something reads it (TradeLedger.MarkAtLater).
    private bool _holdingIsMarkOnly;

    // A quiet stretch (HoldQuietly, StartQuietWalk): until bar _quietUntil, while the book's change count stays _quietSince
    // (no order placed, changed or filled, so the position is the same too), a bar has nothing pending, or nothing pending in
    // reach of its range, and OnBar checks that with a few compares instead of everything that decides it. 0: no stretch.
    private int _quietUntil;
    private long _quietSince;

    // How a quiet bar moves its mark: later, when read (a lean run, _holdingIsMarkOnly), or at once along the bar's path,
    // its equity recorded (a stretch started in OnBarWithWork: StartQuietWalk).
    private bool _quietBarsWalk;

    // A walked stretch's pending orders: a bar whose range reaches them is walked in full (OnBarWithWork), the others only
    // marked. The levels stay while the change count does (ReachBand).
    private ReachBand _quietReach;

    /// <summary>A broker recording every bar's equity (for code that drives it directly).</summary>
    internal Broker(StrategySettings settings, SymbolInfo symbol, int barCount)
        : this(settings, symbol, EquityRecorder.EveryBar(barCount, settings.InitialCapital))
    {
    }

    internal Broker(StrategySettings settings, SymbolInfo symbol, EquityRecorder equity, IFillModel? fillModel = null,
        ICommissionModel? commissionModel = null, ISlippageModel? slippageModel = null, Intrabars? intrabars = null, bool recordDrawdown = true,
        bool recordTrades = true)
    {
        _intrabars = intrabars;
        _recordDrawdown = recordDrawdown;
        _settings = settings;
        _symbol = symbol;
        _initialCapital = settings.InitialCapital;
        _processOrdersOnClose = settings.ProcessOrdersOnClose;
        ICommissionModel commission = commissionModel ?? new StrategyCommissionModel(settings.CommissionType, settings.CommissionValue);
        ISlippageModel slippage = slippageModel ?? new TickSlippageModel(settings.Slippage);
        _ledger = new TradeLedger(settings.InitialCapital, symbol.PointValue, recordDrawdown, recordTrades);
        _entries = new EntryBook(_book, symbol.QuantityStep);
        _equity = equity;
        _risk = new RiskRules(settings.InitialCapital, symbol);
        var triggers = new OrderTriggers(_book, settings, symbol);
        _placement = new OrderPlacement(_book, _ledger, _entries, _current, triggers, _risk, settings, symbol);
        _executor = new FillExecutor(_book, _ledger, _entries, _equity, _current, _risk, commission, slippage, settings, symbol);
        _margin = new MarginCalls(_ledger, _executor, settings, symbol);
        _marginLevels = new MarginLevels(_ledger, settings, symbol);
        _walker = new PathWalker(_book, _ledger, _equity, triggers, _executor, _margin, _current, fillModel ?? TradingViewFillModel.Instance, settings);
        _holdingIsMarkOnly = HoldingIsMarkOnly();
        _walker.MarksOnlyAtClose = _holdingIsMarkOnly;
    }

    /// <inheritdoc />
    public StrategySettings Settings => _settings;

    /// <inheritdoc />
    public SymbolInfo Symbol => _symbol;

    /// <inheritdoc />
    public IStrategyAccount Account => this;

    /// <inheritdoc />
    public double InitialCapital => _initialCapital;

    /// <inheritdoc />
    public double PositionSize => _ledger.PositionSize;

    /// <inheritdoc />
    public double PositionAveragePrice => _ledger.PositionAveragePrice;

    /// <inheritdoc />
    public string? PositionEntryName => _ledger.PositionEntryName;

    /// <inheritdoc />
    public double NetProfit => _ledger.NetProfit;

    /// <inheritdoc />
    public double OpenProfit => _ledger.OpenProfit;

    /// <inheritdoc />
    public double Equity => _ledger.Equity;

    /// <summary>Sum of the winning closed trades' profits. Pine's <c>strategy.grossprofit</c>.</summary>
    public double GrossProfit => _ledger.All.GrossProfit;

    /// <summary>Sum of the losing closed trades' losses, positive. Pine's <c>strategy.grossloss</c>.</summary>
    public double GrossLoss => _ledger.All.GrossLoss;

    /// <summary>Closed trades with a profit. Pine's <c>strategy.wintrades</c>.</summary>
    public int WinningTrades => _ledger.All.Winners;

    /// <summary>Closed trades with a loss. Pine's <c>strategy.losstrades</c>.</summary>
    public int LosingTrades => _ledger.All.Losers;

    /// <summary>Closed trades with a profit of exactly 0. Pine's <c>strategy.eventrades</c>.</summary>
    public int EvenTrades => _ledger.All.Evens;

    /// <summary>The largest fall of intrabar equity from a peak so far. Pine's <c>strategy.max_drawdown</c>.</summary>
    /// <exception cref="ScriptEngineException">The run does not record drawdown (<see cref="RunOptions.RecordDrawdown"/> false).</exception>
    public double MaxDrawdown => _recordDrawdown ? _equity.MaxDrawdown : throw DrawdownNotRecorded("strategy.max_drawdown");

    /// <summary>The largest rise of intrabar equity from a trough so far. Pine's <c>strategy.max_runup</c>.</summary>
    /// <exception cref="ScriptEngineException">The run does not record run-up (<see cref="RunOptions.RecordDrawdown"/> false).</exception>
    public double MaxRunUp => _recordDrawdown ? _equity.MaxRunUp : throw DrawdownNotRecorded("strategy.max_runup");

    /// <summary>The largest long position held so far. Pine's <c>strategy.max_contracts_held_long</c>.</summary>
    public double MaxContractsHeldLong => _ledger.MaxContractsHeldLong;

    /// <summary>The largest short position held so far. Pine's <c>strategy.max_contracts_held_short</c>.</summary>
    public double MaxContractsHeldShort => _ledger.MaxContractsHeldShort;

    /// <inheritdoc />
    public TradeList ClosedTrades => _ledger.KeepsClosed ? new(_ledger.Closed) : TradeList.NotKept(_ledger.ClosedCount);

    /// <inheritdoc />
    public TradeList OpenTrades => new(_ledger);

    /// <summary>The number of open trades. Pine's <c>strategy.opentrades</c>.</summary>
    public int OpenTradeCount => _ledger.OpenCount;

    /// <summary>Margin calls on long positions so far.</summary>
    public int MarginCallsLong => _margin.Long;

    /// <summary>Margin calls on short positions so far.</summary>
    public int MarginCallsShort => _margin.Short;

    /// <summary>The entry value of the open trades; na when no side requires margin. Pine's <c>strategy.opentrades.capital_held</c>.</summary>
    public double CapitalHeld => _marginLevels.CapitalHeld();

    /// <summary>The price the position would be margin called at; na while flat or unmargined. Pine's <c>strategy.margin_liquidation_price</c>.</summary>
    public double MarginLiquidationPrice => _marginLevels.LiquidationPrice();

    internal ReadOnlyMemory<double> EquityCurve => _equity.Curve;

    internal EquityExtremes Extremes => _equity.Extremes;

    /// <summary>Whether drawdown and run-up were followed along the bars' paths (<see cref="RunOptions.RecordDrawdown"/>).</summary>
    internal bool RecordsDrawdown => _recordDrawdown;

    internal EquityRecorder EquityRecord => _equity;

    internal ClosedTradeStore ClosedTradeList => _ledger.Closed;

    internal List<Trade> OpenTradeList => _ledger.Open;

    /// <summary>Whether the script's close pass has anything to do (checked after every <c>Process()</c>).</summary>
    internal bool HasCloseWork
    {
        // Checked on every bar of the bar loop: without dynamic PGO the JIT left it a call (1.9 % of a sweep's profile).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _book.ImmediateCount > 0 || (_processOrdersOnClose && _book.Count > 0);
    }

    /// <summary>The statistics of the closed trades of <paramref name="side"/> (all when null), tallied as they closed.</summary>
    internal ref readonly TradeTally Tally(Direction? side) => ref _ledger.Tally(side);

    /// <inheritdoc />
    public void Entry(string id, Direction direction, double quantity, double limit, double stop, string? ocaName, OcaType ocaType, string? comment) =>
        _placement.Entry(id, direction, quantity, limit, stop, ocaName, ocaType, comment);

    /// <inheritdoc />
    public void Order(string id, Direction direction, double quantity, double limit, double stop, string? ocaName, OcaType ocaType, string? comment) =>
        _placement.Order(id, direction, quantity, limit, stop, ocaName, ocaType, comment);

    /// <inheritdoc />
    public void Exit(
        string id, string? fromEntry, double quantity, double quantityPercent, double profitTicks, double limit, double lossTicks, double stop,
        double trailPrice, double trailPoints, double trailOffset, string? ocaName, string? comment, string? commentProfit, string? commentLoss,
        string? commentTrailing) =>
        _placement.Exit(id, fromEntry, quantity, quantityPercent, profitTicks, limit, lossTicks, stop, trailPrice, trailPoints, trailOffset, ocaName,
            comment, commentProfit, commentLoss, commentTrailing);

    /// <inheritdoc />
    public void Close(string id, string? comment, double quantity, double quantityPercent, bool immediately) =>
        _placement.Close(id, comment, quantity, quantityPercent, immediately);

    /// <inheritdoc />
    public void CloseAll(string? comment, bool immediately) => _placement.CloseAll(comment, immediately);

    /// <inheritdoc />
    public void Cancel(string id) => _placement.Cancel(id);

    /// <inheritdoc />
    public void CancelAll() => _placement.CancelAll();

    /// <inheritdoc />
    public void RiskAllowEntryIn(AllowedDirection direction) => RiskRulesChanging().SetAllowedDirection(direction);

    /// <inheritdoc />
    public void RiskMaxPositionSize(double contracts) => RiskRulesChanging().SetMaxPositionSize(contracts);

    /// <inheritdoc />
    public void RiskMaxDrawdown(double value, QuantityType type) => RiskRulesChanging().SetMaxDrawdown(value, type);

    /// <inheritdoc />
    public void RiskMaxIntradayLoss(double value, QuantityType type) => RiskRulesChanging().SetMaxIntradayLoss(value, type);

    /// <inheritdoc />
    public void RiskMaxConsecutiveLossDays(int count) => RiskRulesChanging().SetMaxConsecutiveLossDays(count);

    /// <inheritdoc />
    public void RiskMaxIntradayFilledOrders(int count) => RiskRulesChanging().SetMaxIntradayFilledOrders(count);

    /// <summary>The risk rules, about to change: a rule has work on every bar, so a quiet stretch ends here.</summary>
    private RiskRules RiskRulesChanging()
    {
        _quietUntil = 0;
        return _risk;
    }

    /// <summary>
    /// A bar has closed and the script is about to run on it (<paramref name="bars"/> stands on it): orders
    /// pending from earlier bars fill along the bar's path, then the position is marked to the close, which
    /// is what the script sees (it runs after the close, rule 1) and what the equity curve records.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal unsafe void OnBar(in BarCursor bars)
    {
        int bar = bars.Index;
        double close = bars.Close[bar];
        _current.ScriptPrice = close;
        if (bar < _quietUntil && _book.Changes == _quietSince)
        {
            // Still held with nothing pending, as an earlier bar found (HoldQuietly, StartQuietWalk).
            // The bar is read all the same, which keeps its columns streaming through the cache for the fills to come: read
            // only when asked for (tried), the open and time a fill needs missed the cache at every fill, and the sweep ran
            // 3-12 % slower than before the stretches instead of 9-26 % faster.
            _current.Bar = ReadBar(bars);
            if (!_quietBarsWalk)
            {
                _ledger.MarkAtLater(close);
                return;
            }

            if (!_quietReach.Reaches(_current.Bar.Low, _current.Bar.High))
            {
                // What OnBarWithWork's walk finds on such a bar (PathWalker.MarkedBarWithNothingInReach), without asking again.
                if (_ledger.OpenCount != 0)
                {
                    _walker.MarkHeldBar();
                }

                MarkToClose();
                return;
            }

            // An order in reach: the bar is walked in full below.
        }

        // Kept small enough to inline into the bar loop: most bars of most strategies are flat and idle.
        if (!_risk.Active && RecordedIdle(bar))
        {
            return;
        }

        if (_holdingIsMarkOnly && _book.Count == 0 && !_risk.Active && !_equity.Records(bar))
        {
            HoldQuietly(in bars, close);
            return;
        }

        OnBarWithWork(in bars);
    }

    /// <summary>
    /// Held, nothing pending, no risk rule, drawdown not followed and equity not recorded here: the bar is its close, and the
    /// mark waits for a reader. Starts a quiet stretch: the following bars are the same up to the next bar that records
    /// equity, unless the book changes (an order placed, changed or filled) before.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // Once a stretch (a stretch is the bars between two fills): kept out of the bar loop.
    private void HoldQuietly(in BarCursor bars, double close)
    {
        _current.Bar = ReadBar(bars);
        _ledger.MarkAtLater(close);
        _quietUntil = _equity.FirstRecordedBar;
        _quietSince = _book.Changes;
        _quietBarsWalk = false;
    }

    /// <summary>
    /// A bar with no risk rule, on its own path (no magnifier), had nothing pending in reach and was only marked: the bars
    /// after it, while the book's change count stays the same, are too when their range stays out of
    /// <paramref name="reach"/> (<see cref="PathWalker.MarkHeldBar"/> with a position, then the mark at the close), without
    /// the checks <see cref="OnBarWithWork"/> makes. A bar in reach is walked in full, and a book that changes ends the stretch.
    /// </summary>
    private void StartQuietWalk(ReachBand reach)
    {
        _quietUntil = int.MaxValue;
        _quietSince = _book.Changes;
        _quietBarsWalk = true;
        _quietReach = reach;
    }

    /// <summary><see cref="OnBar"/> with a position, pending orders or risk rules to keep.</summary>
    private unsafe void OnBarWithWork(in BarCursor bars)
    {
        int bar = bars.Index;
        if (_risk.Active && _risk.StartBar(bars.Time[bar], _ledger.Equity) is { } brokenAtOpen)
        {
            // Rule 20: a day's start broke max_cons_loss_days; the bar's orders never fill, the position closes at the open.
            _current.Bar = ReadBar(bars);
            HaltForRisk(brokenAtOpen, _current.Bar.Open);
        }

        if (RecordedIdle(bar))
        {
            return;
        }

        _entries.RecycleSettled();
        int closedBefore = _ledger.ClosedCount;
        _current.Bar = ReadBar(bars);
        bool nothingInReach = false;
        ReachBand reach = default;
        if (PathToFollow())
        {
            if (_intrabars is not null && _intrabars.EndOf(bar) > _intrabars.FirstOf(bar))
            {
                _walker.WalkMagnified(_intrabars, _intrabars.FirstOf(bar), _intrabars.EndOf(bar));
            }
            else
            {
                nothingInReach = _walker.Walk(out reach); // Without the magnifier, or a bar without intrabars: the bar's own path.
            }
        }

        MarkToClose();
        CheckRiskAtClose(closedBefore);
        if (nothingInReach && !_risk.Active && _intrabars is null)
        {
            // Nothing filled, armed or changed on the way (the book's count is where the walk found it), so the levels hold.
            StartQuietWalk(reach);
        }
    }

    /// <summary>
    /// Whether the bar's path has anything to give: an order to fill, a re-run or a margin call on the way, or drawdown and
    /// run-up to follow. Without any, the bar (held, nothing pending, drawdown not recorded) is its close; it stays the current
    /// bar all the same (an exit placed on it seeds a trailing stop from it).
    /// </summary>
    private bool PathToFollow() => _book.Count != 0 || !_holdingIsMarkOnly;

    /// <summary>Whether a held bar with nothing pending has no path to follow: drawdown not recorded, no margin, no re-runs after fills.</summary>
    private bool HoldingIsMarkOnly() => !_recordDrawdown && _walker.IntrabarScript is null && !_margin.Enabled;

    /// <summary>
    /// Flat and idle (no position, nothing pending): equity cannot move, and it was sampled when the position closed, so
    /// the bar's equity is recorded and nothing else happens. Returns false, doing nothing, otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool RecordedIdle(int bar)
    {
        if (_book.Count != 0 || _ledger.OpenCount != 0)
        {
            return false;
        }

        _equity.RecordBar(bar, _ledger.ClosedEquity);
        return true;
    }

    /// <summary>
    /// The script has run on the bar: <c>immediately</c> closes fill at its close, and with
    /// <c>process_orders_on_close</c> every order the script placed gets a fill pass at the close (rule 8).
    /// </summary>
    internal void OnBarClose(in BarCursor bars)
    {
        int closedBefore = _ledger.ClosedCount;
        _current.Bar = ReadBar(bars);
        _walker.ClosePass(_current.Bar.Close);
        MarkToClose();
        CheckRiskAtClose(closedBefore);
    }

    /// <summary>Turns rule 9 on for this run: <paramref name="script"/> is re-run after fills (<c>null</c>: off, as after the run).</summary>
    internal void RecalculateOnFills(IIntrabarScript? script)
    {
        _walker.IntrabarScript = script;
        _holdingIsMarkOnly = HoldingIsMarkOnly();
        _walker.MarksOnlyAtClose = _holdingIsMarkOnly;
        _quietUntil = 0;
    }

    /// <summary>The open trades marked at the last bar's close, for the results.</summary>
    /// <summary>The order calls (tests compare a run with and without their repeated <c>strategy.exit</c> calls skipped).</summary>
    internal OrderPlacement Placement => _placement;

    /// <summary>The order book's change count (<see cref="OrderBook.Changes"/>).</summary>
    internal long OrderChanges => _book.Changes;

    internal void MarkOpenTradesAtEnd(int lastBar, long lastTime, double lastClose) => _ledger.MarkOpenAtEnd(lastBar, lastTime, lastClose);

    /// <summary>
    /// Rule 20 at the bar's close: a whole-strategy rule broken by the bar's result (max_drawdown on a bar that closed
    /// a trade after <paramref name="closedBefore"/>, max_intraday_loss) halts the strategy, closing at the close.
    /// </summary>
    private void CheckRiskAtClose(int closedBefore)
    {
        if (_risk.Active && _risk.EndBar(_ledger.Equity, _ledger.ClosedCount > closedBefore, _ledger.NetProfit) is { } broken)
        {
            HaltForRisk(broken, _current.Bar.Close);
            MarkToClose();
        }
    }

    /// <summary>What a script that reads a closed trade in a run with <see cref="RunOptions.RecordTrades"/> false is told.</summary>
    internal static ScriptEngineException TradesNotRecorded() => new(
        "The script read a closed trade (strategy.closedtrades.*(n)), which this run does not keep: it runs with RunOptions.RecordTrades = false " +
        "(the default of sweeps, SweepOptions.Run), which keeps only how many closed (strategy.closedtrades). Run it with RecordTrades = true " +
        "(in a sweep: Run = SweepOptions.Default.Run with { RecordTrades = true }; scriptgen sweep: --keep-trades).");

    /// <summary>What a script that reads <paramref name="variable"/> in a run with <see cref="RunOptions.RecordDrawdown"/> false is told.</summary>
    internal static ScriptEngineException DrawdownNotRecorded(string variable) => new(
        $"The script read {variable}, which this run does not follow: it runs with RunOptions.RecordDrawdown = false (the default of " +
        "sweeps, SweepOptions.Run). Run it with RecordDrawdown = true (in a sweep: Run = SweepOptions.Default.Run with { RecordDrawdown = true }).");

    private void HaltForRisk(string rule, double price)
    {
        _risk.Halt();
        _executor.CloseForRisk("Close Position (" + rule + ")", price);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Every held bar; see ReadBar.
    private void MarkToClose()
    {
        _ledger.MarkAt(_current.Bar.Close);
        _equity.RecordBar(_current.Bar.Index, _ledger.Equity);
    }

    // Read on every bar the bar loop reaches the broker. Left a call (as the JIT leaves it without dynamic PGO), the returned
    // 72 bytes went through a stack temporary, copied into _current.Bar with one 64-byte load of eight 8-byte stores: a
    // store-forwarding stall on every bar, 44 % of the loop's samples in a sweep with PGO off (docs/performance.md).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe FillBar ReadBar(in BarCursor bars)
    {
        int bar = bars.Index;
        return new FillBar(bar, bars.Time[bar], bars.Open[bar], bars.High[bar], bars.Low[bar], bars.Close[bar], _symbol.MinTick)
        {
            Volume = bars.Volume == null ? double.NaN : bars.Volume[bar],
            PointValue = _symbol.PointValue,
        };
    }
}
