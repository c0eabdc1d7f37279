namespace ScriptGen.Generator.Model;

/// <summary>
/// A stateful call site whose value on every bar depends only on the bars and on the script's inputs, so the runs of
/// a sweep with equal values of those inputs may compute its series once and share it.
/// </summary>
/// <param name="CallIndex">The call's index in <see cref="ScriptSpec.Calls"/> (its interceptor is <c>Call{CallIndex}</c>).</param>
/// <param name="Site">The shared site's number: the <c>__shared{Site}</c> field and the key switch's case.</param>
/// <param name="ValueType">The call's value type, fully qualified (an unmanaged type: the series is an array of it).</param>
/// <param name="KeyInputs">The inputs its arguments depend on, in input order (properties of the generated <c>Inputs</c>).</param>
internal sealed record SharedCallSpec(int CallIndex, int Site, string ValueType, EquatableArray<string> KeyInputs);
