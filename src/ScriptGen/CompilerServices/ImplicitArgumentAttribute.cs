namespace ScriptGen.CompilerServices;

/// <summary>
/// On a namespace facade method, tells the generator which bar value feeds a parameter of the
/// namespace's core method that the facade does not take: <c>ta.Highest(length)</c> passes the bar's
/// <c>high</c> as the core's <c>source</c>. Core parameters named after a bar value
/// (<c>open</c>, <c>high</c>, <c>low</c>, <c>close</c>, <c>volume</c>, <c>hl2</c>, <c>hlc3</c>,
/// <c>ohlc4</c>, <c>hlcc4</c>, <c>previousClose</c>, <c>time</c>, <c>barIndex</c>, and <c>history</c>, the
/// bars so far as a <see cref="BarHistory"/>) need no attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ImplicitArgumentAttribute : Attribute
{
    /// <summary>Maps the core parameter <paramref name="parameter"/> to the bar value <paramref name="barValue"/>.</summary>
    public ImplicitArgumentAttribute(string parameter, string barValue)
    {
        Parameter = parameter;
        BarValue = barValue;
    }

    /// <summary>The core method's parameter name.</summary>
    public string Parameter { get; }

    /// <summary>The bar value that feeds it (one of the names listed on this attribute).</summary>
    public string BarValue { get; }
}
