namespace ScriptGen.Trading.Models;

/// <summary>
/// Pine's commission (docs/strategy.md rule 13), charged on every fill: a percent of the fill's value
/// (quantity × price × point value), a cash amount per contract, or a cash amount per order, booked
/// rounded half away from zero to ten significant digits as TradingView books it.
/// </summary>
public sealed class StrategyCommissionModel : ICommissionModel
{
    /// <summary>The model of a strategy's settings.</summary>
    public StrategyCommissionModel(CommissionType type, double value)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Expected Percent, CashPerContract or CashPerOrder.");
        }

        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A commission must be 0 or a positive finite number.");
        }

        Type = type;
        Value = value;
    }

    /// <summary>How <see cref="Value"/> is charged.</summary>
    public CommissionType Type { get; }

    /// <summary>The percent, or the cash amount.</summary>
    public double Value { get; }

    /// <inheritdoc />
    public double Commission(in OrderFill order, in FillBar bar) => CashRounding.TenSignificantDigits(Type switch
    {
        CommissionType.Percent => order.Quantity * order.Price * bar.PointValue * Value / 100,
        CommissionType.CashPerContract => order.Quantity * Value,
        _ => Value,
    });
}
