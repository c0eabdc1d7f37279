using System.Collections;
using System.Text;

namespace ScriptGen.Namespaces;

/// <summary>What <c>str.Format</c>'s arguments hold: the bar series read as their current value, numbers as doubles.</summary>
internal static class PineValue
{
    /// <summary>A bar series (<c>close</c>, <c>time</c>, <c>bar_index</c>, a <see cref="Series{T}"/>, ...) as the value it has on this bar; anything else unchanged.</summary>
    public static object? Unwrap(object? value) => value switch
    {
        PriceSeries series => (double)series,
        TimeSeries series => (long)series,
        BarIndexSeries series => (int)series,
        CalendarSeries series => (int)series,
        PlotSeries series => (double)series,
        Series<double> series => series.Value,
        Series<int> series => series.Value,
        Series<long> series => series.Value,
        Series<bool> series => series.Value,
        _ => value,
    };

    /// <summary>Whether <paramref name="value"/> is a number (Pine's int or float), and its value.</summary>
    public static bool TryNumber(object? value, out double number)
    {
        switch (value)
        {
            case double d: number = d; return true;
            case float f: number = f; return true;
            case int i: number = i; return true;
            case long l: number = l; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case ushort us: number = us; return true;
            case decimal m: number = (double)m; return true;
            default: number = double.NaN; return false;
        }
    }

    /// <summary>An array as Pine prints one: <c>[Hello, World!]</c>, each element as <c>str.ToString</c> prints it.</summary>
    public static string FormatArray(IEnumerable items)
    {
        var text = new StringBuilder("[");
        bool first = true;
        foreach (object? item in items)
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            object? element = Unwrap(item);
            text.Append(element switch
            {
                null => "NaN",
                string s => s,
                bool flag => flag ? "true" : "false",
                _ when TryNumber(element, out double number) => NumberText.ToString(number, NumberText.DefaultPattern, SymbolInfo.Default),
                _ => element.ToString(),
            });
        }

        return text.Append(']').ToString();
    }
}
