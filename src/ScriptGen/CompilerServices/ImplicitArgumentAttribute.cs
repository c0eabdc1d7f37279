namespace ScriptGen.CompilerServices;

/// <summary>
/// On a namespace facade method, tells the generator which bar value feeds a parameter of the
/// namespace's core method that the facade does not take: <c>ta.Highest(length)</c> passes the bar's
/// <c>high</c> as the core's <c>source</c>. Core parameters named after a bar value
/// (<c>open</c>, <c>high</c>, <c>low</c>, <c>close</c>, <c>volume</c>, <c>hl2</c>, <c>hlc3</c>,
/// <c>ohlc4</c>, <c>hlcc4</c>, <c>previousClose</c>, <c>time</c>, <c>barIndex</c>,
/// <c>exchangeTimeZone</c>, and <c>history</c>, the bars so far as a <see cref="BarHistory"/>) need no attribute.
/// </summary>
/// <remarks>
/// <para>The convention (for every namespace facade: <c>ta</c>, <c>math</c>, ...): an intercepted facade
/// method <c>M(args)</c> binds to the public instance method <c>M</c> of its namespace type with the
/// same return type whose parameters are, in any order after an optional <c>ref</c> state (the call
/// site's slot, a field of the script), either the facade's own parameters (same name and type) or
/// bar values, supplied by the generated interceptor:</para>
/// <list type="bullet">
/// <item><c>open</c>, <c>high</c>, <c>low</c>, <c>close</c>, <c>volume</c>, <c>hl2</c>, <c>hlc3</c>,
/// <c>ohlc4</c>, <c>hlcc4</c> (<see cref="double"/>): the current bar's prices;</item>
/// <item><c>previousClose</c> (<see cref="double"/>): the bar series' <c>close[1]</c>, na on the first bar;</item>
/// <item><c>time</c> (<see cref="long"/>): the bar's open time, Unix milliseconds UTC;</item>
/// <item><c>barIndex</c> (<see cref="int"/>): the bar's index;</item>
/// <item><c>exchangeTimeZone</c> (<see cref="TimeZoneInfo"/>): the time zone of the run's symbol
/// (<see cref="SymbolInfo.TimeZone"/>), for functions anchored to the exchange's day
/// (<c>ta.Vwap(source)</c>).</item>
/// </list>
/// </remarks>
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
