using System.Globalization;

namespace ScriptGen.Trading;

/// <summary>
/// Pine's <c>strategy.risk.*</c> rules for one run: the limits the script set and the counters they are
/// measured with (rule 20 of docs/strategy.md). TradingView's behaviour as PyneCore measured it: the whole-strategy
/// rules (<c>max_drawdown</c>, <c>max_intraday_loss</c>, <c>max_cons_loss_days</c>) halt the strategy for
/// the rest of the run when broken (pending orders cancelled, the position closed, no order placed again);
/// <c>max_intraday_filled_orders</c> closes the position and stops entries until the next trading day;
/// <c>allow_entry_in</c> and <c>max_position_size</c> shape each entry as it fills. With no rule set every
/// check is one flag test, so a strategy without rules pays nothing.
/// </summary>
internal sealed class RiskRules
{
    /// <summary>The exit id of a position a rule closed.</summary>
    public const string CloseId = "Risk management close";

    /// <summary>The comment (the Strategy Tester's signal) of the close <c>max_intraday_filled_orders</c> makes.</summary>
    public const string FilledOrdersComment = "Close Position (Max number of filled orders in one day)";

    private readonly double _initialCapital;
    private readonly SymbolInfo _symbol;
    private SessionSchedule? _schedule;

    private double _maxDrawdown = double.NaN;
    private bool _maxDrawdownPercent;
    private double _maxIntradayLoss = double.NaN;
    private bool _maxIntradayLossPercent;
    private int _maxConsecutiveLossDays;
    private int _maxIntradayFilledOrders;

    private long _tradingDay = long.MinValue;
    private double _dayStartEquity;
    private int _consecutiveLossDays;
    private int _intradayFilledOrders;
    private double _realizedPeak;

    public RiskRules(double initialCapital, SymbolInfo symbol)
    {
        _initialCapital = initialCapital;
        _realizedPeak = initialCapital;
        _symbol = symbol;
    }

    /// <summary>Whether any rule is set (the broker's one test on its hot paths).</summary>
    public bool Active { get; private set; }

    /// <summary>Whether a whole-strategy rule broke: nothing is placed or filled for the rest of the run.</summary>
    public bool Halted { get; private set; }

    /// <summary>The directions entries may open positions in.</summary>
    public AllowedDirection AllowedDirection { get; private set; } = AllowedDirection.All;

    /// <summary>The largest position entries may build, in units; na when unlimited.</summary>
    public double MaxPositionSize { get; private set; } = double.NaN;

    /// <summary>Whether today's filled orders reached <c>max_intraday_filled_orders</c>: no entry or order fills until the next trading day.</summary>
    public bool FilledOrdersCapReached => _maxIntradayFilledOrders > 0 && _intradayFilledOrders >= _maxIntradayFilledOrders;

    private bool HasDailyRules => !double.IsNaN(_maxIntradayLoss) || _maxConsecutiveLossDays > 0 || _maxIntradayFilledOrders > 0;

    private bool HasEquityRules => !double.IsNaN(_maxDrawdown) || !double.IsNaN(_maxIntradayLoss) || _maxConsecutiveLossDays > 0;

    /// <summary>Pine's <c>strategy.risk.allow_entry_in(value)</c>.</summary>
    public void SetAllowedDirection(AllowedDirection direction)
    {
        if (direction is not (AllowedDirection.All or AllowedDirection.Long or AllowedDirection.Short))
        {
            throw new ArgumentOutOfRangeException(
                nameof(direction), direction, "strategy.risk.allow_entry_in: direction must be AllowedDirection.All, Long or Short.");
        }

        AllowedDirection = direction;
        Active = true;
    }

    /// <summary>Pine's <c>strategy.risk.max_position_size(contracts)</c>.</summary>
    public void SetMaxPositionSize(double contracts)
    {
        RequirePositive("strategy.risk.max_position_size", "contracts", contracts);
        MaxPositionSize = contracts;
        Active = true;
    }

    /// <summary>Pine's <c>strategy.risk.max_drawdown(value, type)</c>.</summary>
    public void SetMaxDrawdown(double value, QuantityType type)
    {
        RequirePositive("strategy.risk.max_drawdown", nameof(value), value);
        _maxDrawdownPercent = IsPercent("strategy.risk.max_drawdown", type);
        _maxDrawdown = value;
        Active = true;
    }

    /// <summary>Pine's <c>strategy.risk.max_intraday_loss(value, type)</c>.</summary>
    public void SetMaxIntradayLoss(double value, QuantityType type)
    {
        RequirePositive("strategy.risk.max_intraday_loss", nameof(value), value);
        _maxIntradayLossPercent = IsPercent("strategy.risk.max_intraday_loss", type);
        _maxIntradayLoss = value;
        Active = true;
    }

    /// <summary>Pine's <c>strategy.risk.max_cons_loss_days(count)</c>.</summary>
    public void SetMaxConsecutiveLossDays(int count)
    {
        RequireCount("strategy.risk.max_cons_loss_days", count);
        _maxConsecutiveLossDays = count;
        Active = true;
    }

    /// <summary>Pine's <c>strategy.risk.max_intraday_filled_orders(count)</c>.</summary>
    public void SetMaxIntradayFilledOrders(int count)
    {
        RequireCount("strategy.risk.max_intraday_filled_orders", count);
        _maxIntradayFilledOrders = count;
        Active = true;
    }

    /// <summary>Whether an entry may open a position in <paramref name="direction"/> (from flat, or as a reversal's opening leg).</summary>
    public bool MayOpen(Direction direction) =>
        AllowedDirection == AllowedDirection.All || (AllowedDirection == AllowedDirection.Long) == (direction == Direction.Long);

    /// <summary>
    /// The units of an entry's opening leg that keep the position within <see cref="MaxPositionSize"/>:
    /// <paramref name="opening"/> itself, fewer (on the quantity step), or 0 when the position is at the limit.
    /// </summary>
    public double LimitOpening(double opening, double positionAfterClosing, double quantityStep)
    {
        if (double.IsNaN(MaxPositionSize) || Math.Abs(positionAfterClosing) + opening <= MaxPositionSize)
        {
            return opening;
        }

        double room = MaxPositionSize - Math.Abs(positionAfterClosing);
        return room > 0 ? PriceGrid.Quantity(room, quantityStep) : 0;
    }

    /// <summary>An order filled (a reversal is one order; closes a rule makes and margin calls are not the strategy's orders).</summary>
    public void CountFill() => _intradayFilledOrders++;

    /// <summary>
    /// A bar opens at <paramref name="barTime"/> with the account at <paramref name="equity"/>: on a new trading day
    /// of the symbol's session the daily counters start over, and a day that ended below the one before counts
    /// as a losing day. Returns the rule the day's start broke (<c>max_cons_loss_days</c>), or null.
    /// </summary>
    public string? StartBar(long barTime, double equity)
    {
        if (Halted || !HasDailyRules)
        {
            return null;
        }

        _schedule ??= SessionSchedule.For(_symbol);
        long day = _schedule.TradingDayOf(barTime);
        if (day == _tradingDay)
        {
            return null;
        }

        if (_tradingDay != long.MinValue)
        {
            _consecutiveLossDays = equity < _dayStartEquity ? _consecutiveLossDays + 1 : 0;
        }

        _tradingDay = day;
        _dayStartEquity = equity;
        _intradayFilledOrders = 0;
        return ConsecutiveLossDaysBroken() ? "Max consecutive loss days reached" : null;
    }

    /// <summary>
    /// The bar's fills are done and the account is marked at <paramref name="equity"/>; <paramref name="closedTrades"/>
    /// says whether a trade closed on the bar and <paramref name="netProfit"/> is the realized profit so far. Returns
    /// the rule broken (each needs the bar's end: <c>max_drawdown</c> only on a bar that closed a trade, measured from
    /// the highest realized equity, as TradingView does; <c>max_intraday_loss</c> from the day's first equity), or null.
    /// </summary>
    public string? EndBar(double equity, bool closedTrades, double netProfit)
    {
        if (Halted || !HasEquityRules)
        {
            return null;
        }

        _realizedPeak = Math.Max(_realizedPeak, _initialCapital + netProfit);
        if (closedTrades && !double.IsNaN(_maxDrawdown))
        {
            double threshold = _maxDrawdownPercent ? _realizedPeak * _maxDrawdown / 100 : _maxDrawdown;
            if (_realizedPeak - equity >= threshold)
            {
                return "Max drawdown reached";
            }
        }

        if (!double.IsNaN(_maxIntradayLoss) && _tradingDay != long.MinValue)
        {
            double threshold = _maxIntradayLossPercent ? _dayStartEquity * _maxIntradayLoss / 100 : _maxIntradayLoss;
            if (_dayStartEquity - equity >= threshold)
            {
                return "Max intraday loss reached";
            }
        }

        return ConsecutiveLossDaysBroken() ? "Max consecutive loss days reached" : null;
    }

    /// <summary>A whole-strategy rule broke: from now on nothing is placed or filled.</summary>
    public void Halt() => Halted = true;

    private bool ConsecutiveLossDaysBroken() => _maxConsecutiveLossDays > 0 && _consecutiveLossDays >= _maxConsecutiveLossDays;

    private static void RequirePositive(string call, string parameter, double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(
                parameter, value, $"{call}: {parameter} must be a positive number; got {value.ToString("R", CultureInfo.InvariantCulture)}.");
        }
    }

    private static void RequireCount(string call, int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"{call}: count must be 1 or more; got {count}.");
        }
    }

    private static bool IsPercent(string call, QuantityType type) => type switch
    {
        QuantityType.PercentOfEquity => true,
        QuantityType.Cash => false,
        _ => throw new ArgumentOutOfRangeException(
            nameof(type), type, $"{call}: type must be QuantityType.PercentOfEquity or QuantityType.Cash; got {type}."),
    };
}
