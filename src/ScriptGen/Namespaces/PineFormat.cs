namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's <c>format</c> constants, for <c>str.ToString(value, format.MinTick)</c>. Each is a string, as in Pine,
/// so a script may also pass the string itself (<c>"mintick"</c>); any other string is a number pattern.
/// </summary>
public readonly struct PineFormat
{
    internal const string MinTickValue = "mintick";
    internal const string PercentValue = "percent";
    internal const string VolumeValue = "volume";
    internal const string PriceValue = "price";
    internal const string InheritValue = "inherit";

    /// <summary>
    /// Rounded to the symbol's tick (<c>syminfo.MinTick</c>, ties up) and printed with the tick's decimals,
    /// trailing zeros kept: 1.2 with a tick of 0.01 is <c>"1.20"</c>. Pine: <c>format.mintick</c>.
    /// </summary>
    public string MinTick => MinTickValue;

    /// <summary>A fraction as a percentage with up to two decimals: 0.25 is <c>"25%"</c>. Pine: <c>format.percent</c>.</summary>
    public string Percent => PercentValue;

    /// <summary>Thousands, millions, billions, trillions as K, M, B, T with up to three decimals: 5183 is <c>"5.183K"</c>. Pine: <c>format.volume</c>.</summary>
    public string Volume => VolumeValue;

    /// <summary>With the price scale's decimals (the tick's), not rounded to the tick. Pine: <c>format.price</c>.</summary>
    public string Price => PriceValue;

    /// <summary>As <see cref="Price"/>: a script's precision here is its symbol's. Pine: <c>format.inherit</c>.</summary>
    public string Inherit => InheritValue;
}
