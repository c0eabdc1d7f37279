namespace ScriptGen.CompilerServices.Declarations;

/// <summary>
/// Declares a Pine function, once: on the method that computes it (a state's <c>Update</c>, or a static
/// method for a function without state). The runtime's own generator derives everything else from the
/// declaration: the facade scripts call (<c>ta.Sma(close, 20)</c>), the overridable core method of the
/// namespace (<c>TaNamespace.Sma(ref SmaState, ...)</c>), the adapter the script generator's interceptors
/// call, and the batch form over arrays (<c>TaBatch.Sma</c>). Repeat the attribute for another overload of
/// the same computation (<c>ta.highest(length)</c> reads the bar's high as its source).
/// </summary>
/// <remarks>
/// The facade's parameters are the method's, in order, less those marked <see cref="BarAttribute"/> (the
/// generated call passes the bar's values) and those <see cref="Implicit"/> fills; their names, defaults
/// and documentation are the method's.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
internal sealed class PineFunctionAttribute : Attribute
{
    /// <summary>Declares the Pine function <paramref name="pineName"/> (<c>ta.sma</c>, <c>math.sum</c>).</summary>
    public PineFunctionAttribute(string pineName) => PineName = pineName;

    /// <summary>The Pine name, namespace included: <c>ta.sma</c>.</summary>
    public string PineName { get; }

    /// <summary>The C# name of the facade, core, adapter and batch methods; by default the Pine name's part after the dot, capitalised (<c>Sma</c>).</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Parameters this overload fills with bar values instead of taking them: pairs of parameter name and
    /// <see cref="BarValue"/> name (<c>["source", "High"]</c>: <c>ta.highest(length)</c> is the highest high).
    /// </summary>
    public string[]? Implicit { get; set; }

    /// <summary>
    /// A Pine built-in variable (<c>ta.obv</c>, <c>ta.pvt</c>, ...): TradingView computes it on every bar, so its
    /// value does not depend on where a script reads it. The call site's state catches up on the bars it
    /// did not run on (<see cref="EveryBarState{TState, TValue}"/>).
    /// </summary>
    public bool EveryBar { get; set; }

    /// <summary>
    /// The facade's summary when it is not the declaration's (an overload that reads a bar value says which);
    /// documentation XML, without the Pine call, which is added.
    /// </summary>
    public string? Summary { get; set; }

    /// <summary>The Pine call as the documentation shows it, when not the name and the parameters (<c>[middle, upper, lower] = ta.kc(series, length, mult)</c>).</summary>
    public string? Signature { get; set; }

    /// <summary>Whether the batch form over arrays is generated (off for an overload whose batch form another overload already is).</summary>
    public bool Batch { get; set; } = true;

    /// <summary>
    /// The name of the state's method that computes the same with its one <see cref="SeriesAttribute"/> parameter read in
    /// place from a bar column: the declaration's parameters, that one a <see cref="PriceSeries"/> (whose history the
    /// method reads instead of keeping its own copy). The script generator calls it from the inline bar loop where the
    /// argument is a bar column (<c>close</c>, <c>hl2</c>, ...) and the call runs on every bar, so the column's history
    /// and the call's history are the same values. Name it on any one of the declaration's attributes.
    /// </summary>
    public string? InPlace { get; set; }
}
