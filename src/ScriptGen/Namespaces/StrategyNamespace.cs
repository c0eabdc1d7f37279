using ScriptGen.Trading;

namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's <c>strategy</c> namespace: the implementation behind a strategy's order calls. Stateless:
/// each run's orders, position and trades live in that run's <see cref="Broker"/>, passed in.
/// Register a subclass under <c>"strategy"</c> to observe or adjust orders.
/// </summary>
public class StrategyNamespace
{
    /// <summary>The shared default instance.</summary>
    public static StrategyNamespace Default { get; } = new();

    /// <summary><c>strategy.entry(id, direction, qty, comment)</c>.</summary>
    public virtual void Entry(Broker broker, string id, Direction direction, double? quantity, string? comment) =>
        broker.Entry(id, direction, quantity, comment);

    /// <summary><c>strategy.close(id, comment)</c>.</summary>
    public virtual void Close(Broker broker, string id, string? comment) => broker.Close(id, comment);

    /// <summary><c>strategy.close_all(comment)</c>.</summary>
    public virtual void CloseAll(Broker broker, string? comment) => broker.CloseAll(comment);
}
