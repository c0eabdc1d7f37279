using System.ComponentModel;
using System.Runtime.CompilerServices;
using ScriptGen.Namespaces;

namespace ScriptGen.CompilerServices;

/// <summary>
/// The adapters of the <c>chart</c> facade, for generated interceptors: each passes the call site's sink
/// (by its index in the script's metadata) and the bar to the registered <see cref="ChartNamespace"/>, and
/// returns the id Pine's function returns; in a run whose drawing nobody reads (<see cref="Script.SkipsChart"/>), only the
/// id. Not for hand-written code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ChartCalls
{
    /// <summary><c>chart.Plot</c> at the script's plot number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PlotId Plot(Script owner, ChartNamespace ns, int index, double series, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.Plot(owner.PlotBuffers[index], owner.Cursor.Index, series, color);
        }

        return new PlotId(index);
    }

    /// <summary><c>chart.PlotShape</c> with a condition, at the script's shape number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PlotShape(Script owner, ChartNamespace ns, int index, bool series, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.PlotShape(owner.ChartSinks.Shapes[index], owner.Cursor.Index, series ? 1 : 0, color);
        }
    }

    /// <summary><c>chart.PlotShape</c> with a number, at the script's shape number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PlotShape(Script owner, ChartNamespace ns, int index, double series, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.PlotShape(owner.ChartSinks.Shapes[index], owner.Cursor.Index, series, color);
        }
    }

    /// <summary><c>chart.PlotChar</c> with a condition, at the script's shape number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PlotChar(Script owner, ChartNamespace ns, int index, bool series, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.PlotChar(owner.ChartSinks.Shapes[index], owner.Cursor.Index, series ? 1 : 0, color);
        }
    }

    /// <summary><c>chart.PlotChar</c> with a number, at the script's shape number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PlotChar(Script owner, ChartNamespace ns, int index, double series, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.PlotChar(owner.ChartSinks.Shapes[index], owner.Cursor.Index, series, color);
        }
    }

    /// <summary><c>chart.PlotCandle</c> at the script's candle number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PlotCandle(Script owner, ChartNamespace ns, int index, double open, double high, double low, double close, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.PlotCandle(owner.ChartSinks.Candles[index], owner.Cursor.Index, open, high, low, close, color);
        }
    }

    /// <summary><c>chart.PlotBar</c> at the script's candle number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PlotBar(Script owner, ChartNamespace ns, int index, double open, double high, double low, double close, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.PlotBar(owner.ChartSinks.Candles[index], owner.Cursor.Index, open, high, low, close, color);
        }
    }

    /// <summary><c>chart.HLine</c> at the script's hline number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HLineId HLine(Script owner, ChartNamespace ns, int index, double price, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.HLine(owner.ChartSinks.HLines[index], price, color);
        }

        return new HLineId(index);
    }

    /// <summary><c>chart.Fill</c> between two plots, at the script's fill number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Fill(Script owner, ChartNamespace ns, int index, PlotId first, PlotId second, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.Fill(owner.ChartSinks.Fills[index], owner.Cursor.Index, first.Index, second.Index, color);
        }
    }

    /// <summary><c>chart.Fill</c> between two hlines, at the script's fill number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Fill(Script owner, ChartNamespace ns, int index, HLineId first, HLineId second, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.Fill(owner.ChartSinks.Fills[index], owner.Cursor.Index, first.Index, second.Index, color);
        }
    }

    /// <summary><c>chart.BgColor</c> at the script's bar color number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BgColor(Script owner, ChartNamespace ns, int index, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.BgColor(owner.ChartSinks.BarColors[index], owner.Cursor.Index, color);
        }
    }

    /// <summary><c>chart.BarColor</c> at the script's bar color number <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BarColor(Script owner, ChartNamespace ns, int index, Color? color)
    {
        if (!owner.SkipsChart)
        {
            ns.BarColor(owner.ChartSinks.BarColors[index], owner.Cursor.Index, color);
        }
    }
}
