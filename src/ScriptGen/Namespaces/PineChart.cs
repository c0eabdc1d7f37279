using System.ComponentModel;
using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

/// <summary>
/// A script's view of the plotting functions: <c>chart.Plot(fast, "Fast", color.Teal)</c>. Each call
/// site is one plot, known at compile time (its title must be a constant), recorded into the run's
/// results.
/// </summary>
public readonly struct PineChart
{
    internal PineChart(Script owner, ChartNamespace implementation)
    {
        Owner = owner;
        Namespace = implementation;
    }

    /// <summary>The script making the calls (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Script Owner { get; }

    /// <summary>The registered <c>chart</c> implementation (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ChartNamespace Namespace { get; }

    /// <summary>
    /// Plots <paramref name="series"/> on this bar. Pine: <c>plot(series, title, color)</c>.
    /// </summary>
    /// <param name="series">The value; na leaves a gap.</param>
    /// <param name="title">The plot's title, a compile-time constant; "Plot" when omitted.</param>
    /// <param name="color">The line color.</param>
    public void Plot(double series, string title = "Plot", Color? color = null) =>
        throw CallSites.NotIntercepted("chart.Plot");
}
