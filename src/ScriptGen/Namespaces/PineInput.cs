using System.ComponentModel;
using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

/// <summary>
/// A script's view of Pine's <c>input</c> namespace, for inputs declared the Pine way inside
/// <c>Setup()</c>: <c>FastLength = input.Int(9, "Fast length", minValue: 1);</c>. The generator turns
/// each call into an input named after the member it is assigned to, checks its constant arguments
/// at compile time, and makes the call return the run's bound value.
/// </summary>
/// <remarks>Arguments must be compile-time constants; calls are only allowed in <c>Setup()</c>.</remarks>
public readonly struct PineInput
{
    internal PineInput(Script owner, InputNamespace implementation)
    {
        Owner = owner;
        Namespace = implementation;
    }

    /// <summary>The script making the calls (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Script Owner { get; }

    /// <summary>The registered <c>input</c> implementation (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public InputNamespace Namespace { get; }

    /// <summary>An integer input. Pine: <c>input.int(defval, title, minval, maxval, step, tooltip, group)</c>.</summary>
    public int Int(int defval, string? title = null, int? minValue = null, int? maxValue = null, int? step = null, string? tooltip = null, string? group = null) =>
        throw CallSites.NotIntercepted("input.Int");

    /// <summary>A floating-point input. Pine: <c>input.float(defval, title, minval, maxval, step, tooltip, group)</c>.</summary>
    public double Float(double defval, string? title = null, double? minValue = null, double? maxValue = null, double? step = null, string? tooltip = null, string? group = null) =>
        throw CallSites.NotIntercepted("input.Float");

    /// <summary>A boolean input. Pine: <c>input.bool(defval, title, tooltip, group)</c>.</summary>
    public bool Bool(bool defval, string? title = null, string? tooltip = null, string? group = null) =>
        throw CallSites.NotIntercepted("input.Bool");

    /// <summary>A text input. Pine: <c>input.string(defval, title, tooltip, group)</c>.</summary>
    public string String(string defval, string? title = null, string? tooltip = null, string? group = null) =>
        throw CallSites.NotIntercepted("input.String");
}
