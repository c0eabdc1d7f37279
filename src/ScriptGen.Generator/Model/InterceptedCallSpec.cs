namespace ScriptGen.Generator.Model;

/// <summary>Where a call is intercepted: the <c>InterceptsLocation</c> arguments and a readable position.</summary>
/// <param name="Version">The interceptable location's encoding version.</param>
/// <param name="Data">Its opaque data: a checksum of the file's content, the position, and the file name (no directory).</param>
/// <param name="Display">File name, line and column for a comment, e.g. <c>EmaCross.pine.cs(14,23)</c>.</param>
internal sealed record InterceptLocationSpec(int Version, string Data, string Display);

/// <summary>A parameter of an intercepted facade method, as the interceptor must declare it.</summary>
/// <param name="Type">The type, fully qualified.</param>
/// <param name="Name">The name, escaped where it is a keyword.</param>
/// <param name="DefaultLiteral">Its default value as C#, or null: the inline loop's call keeps the call's own arguments, named or left out.</param>
/// <param name="IsParams">A <c>params</c> array.</param>
internal sealed record ParameterSpec(string Type, string Name, string? DefaultLiteral = null, bool IsParams = false)
{
    /// <summary>The parameter as the inline loop's method declares it: with <c>params</c> and its default, as the facade does.</summary>
    public string Declaration => (IsParams ? "params " : string.Empty) + Type + " " + Name + (DefaultLiteral is null ? string.Empty : " = " + DefaultLiteral);
}

/// <summary>What an interceptor does.</summary>
internal enum InterceptKind
{
    /// <summary>A call on a namespace facade (<c>ta.*</c>, <c>math.Sum</c>): forwards to the namespace's core method with the call site's state.</summary>
    Namespace,

    /// <summary>An <c>input.*</c> call: returns the run's bound value.</summary>
    Input,

    /// <summary>A <c>chart.*</c> call: the chart adapter records into the call site's sink (its index in the script's metadata).</summary>
    Chart,
}

/// <summary>
/// One intercepted call site: the facade method's shape (receiver, return, parameters) and what
/// the interceptor forwards to.
/// </summary>
/// <param name="Kind">What the interceptor does.</param>
/// <param name="Location">Where the call is.</param>
/// <param name="Function">The call as a user reads it, e.g. <c>ta.Ema</c> or <c>math.Sum</c>, for comments.</param>
/// <param name="ReceiverType">The facade struct, fully qualified.</param>
/// <param name="ReturnType">The facade method's return type, fully qualified.</param>
/// <param name="Parameters">The facade method's parameters.</param>
/// <param name="SlotIndex">For <see cref="InterceptKind.Namespace"/> with state: the state field's number; else -1.</param>
/// <param name="StateType">For stateful namespace calls: the state struct, fully qualified.</param>
/// <param name="CoreMethod">For namespace calls: the core method on the namespace; for <c>input</c>: the namespace method (Int, Float, ...); for <c>chart</c>: the adapter in <c>ChartCalls</c>.</param>
/// <param name="CoreArguments">For namespace calls: the core's arguments after the state, as expressions over the interceptor's parameters; for <c>chart</c>: the per-bar arguments.</param>
/// <param name="TargetIndex">For <c>input</c>: the input's index; for <c>chart</c>: the element's index in its list of the script's metadata.</param>
/// <param name="TargetName">For <c>input</c>: the input's name (property of the inputs record).</param>
/// <param name="DirectCoreMethod">For stateful namespace calls: the adapter that calls the declaration itself (no namespace), used by the inline loop when the default namespace is registered; null when the runtime has none.</param>
/// <param name="InPlaceCoreMethod">For stateful namespace calls whose declaration can read its series in place from a bar column: that adapter (the direct one's twin in the adapters' <c>InPlace</c> class); else null.</param>
/// <param name="InPlaceParameter">The facade parameter the in-place adapter takes as a <c>PriceSeries</c> (as declared, not escaped), or null when the overload reads its column itself (<c>ta.highest(length)</c>).</param>
/// <param name="ReadsInPlace">The inline loop calls <paramref name="InPlaceCoreMethod"/>: the site runs on every bar and its argument is a bar column (<see cref="Parsing.InPlaceCallSites"/>).</param>
/// <param name="PairedSlotIndex">For a call the inline loop pairs with a later one (<see cref="Parsing.PairedWindowSites"/>): the later call's state, which this one feeds; else -1.</param>
/// <param name="PairedStateType">With <paramref name="PairedSlotIndex"/>: that state's struct, fully qualified.</param>
/// <param name="PairedCoreMethod">For a paired call: the adapter the inline loop calls instead of <paramref name="DirectCoreMethod"/>, with the same arguments.</param>
internal sealed record InterceptedCallSpec(
    InterceptKind Kind,
    InterceptLocationSpec Location,
    string Function,
    string ReceiverType,
    string ReturnType,
    EquatableArray<ParameterSpec> Parameters,
    int SlotIndex,
    string? StateType,
    string CoreMethod,
    EquatableArray<string> CoreArguments,
    int TargetIndex,
    string? TargetName,
    string? DirectCoreMethod = null,
    string? InPlaceCoreMethod = null,
    string? InPlaceParameter = null,
    bool ReadsInPlace = false,
    int PairedSlotIndex = -1,
    string? PairedStateType = null,
    string? PairedCoreMethod = null)
{
    /// <summary>The state the inline loop passes this call: the paired call's when it feeds one, else its own (-1: none).</summary>
    public int InlineSlotIndex => PairedSlotIndex >= 0 ? PairedSlotIndex : SlotIndex;

    /// <summary>The struct of <see cref="InlineSlotIndex"/>'s state.</summary>
    public string? InlineStateType => PairedStateType ?? StateType;
}
