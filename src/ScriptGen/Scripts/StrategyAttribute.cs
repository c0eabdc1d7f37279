namespace ScriptGen;

/// <summary>
/// Marks a <c>partial class</c> in a <c>.pine.cs</c> file as a strategy script (Pine's
/// <c>strategy()</c>). The generator completes the class into a <see cref="StrategyScript"/> with its
/// metadata, typed inputs, factory and call-site state.
/// </summary>
/// <example>
/// <code>
/// [Strategy("EMA Cross", Overlay = true, InitialCapital = 10_000)]
/// public partial class EmaCross { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class StrategyAttribute : Attribute
{
    /// <summary>Declares a strategy with the given title.</summary>
    public StrategyAttribute(string title) => Title = title;

    /// <summary>The title shown in reports and used to find the script by name.</summary>
    public string Title { get; }

    /// <summary>Whether the script's plots belong on the price chart. Pine's <c>overlay</c>; default false.</summary>
    public bool Overlay { get; set; }

    /// <summary>Starting cash. Pine's <c>initial_capital</c>; default 1,000,000.</summary>
    public double InitialCapital { get; set; } = 1_000_000;

    /// <summary>The fixed quantity an entry uses when it gives none. Pine's <c>default_qty_value</c>; default 1.</summary>
    public double DefaultQuantity { get; set; } = 1;

    /// <summary>Same-direction entries allowed at once; 0 and 1 both mean one. Pine's <c>pyramiding</c>; default 0.</summary>
    public int Pyramiding { get; set; }

    /// <summary>History kept by each <see cref="Series{T}"/>. Pine's <c>max_bars_back</c>; default 5000.</summary>
    public int MaxBarsBack { get; set; } = 5000;
}
