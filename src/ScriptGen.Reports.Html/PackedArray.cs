using System.Runtime.InteropServices;
using System.Text.Json;

namespace ScriptGen.Reports.Html;

/// <summary>
/// A column of numbers written as base64 bytes of a typed array: float32 when every value survives it to
/// within half of the precision shown (a tick, a cent), float64 otherwise. About 5 or 11 characters a value
/// instead of up to 20 as JSON text; the page decodes it into a <c>Float32Array</c>/<c>Float64Array</c>.
/// na is NaN, which both keep.
/// </summary>
internal static class PackedArray
{
    /// <summary>Writes <c>{"f":"f4"|"f8","b":"..."}</c>.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="values">The values.</param>
    /// <param name="resolution">The smallest difference that is shown (half of it may be lost); 0 keeps float64.</param>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<double> values, double resolution)
    {
        writer.WriteStartObject();
        if (resolution > 0 && FitsSingle(values, resolution / 2))
        {
            var singles = new float[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                singles[i] = (float)values[i];
            }

            writer.WriteString("f", "f4");
            writer.WriteBase64String("b", MemoryMarshal.AsBytes(singles.AsSpan()));
        }
        else
        {
            writer.WriteString("f", "f8");
            writer.WriteBase64String("b", MemoryMarshal.AsBytes(values));
        }

        writer.WriteEndObject();
    }

    private static bool FitsSingle(ReadOnlySpan<double> values, double tolerance)
    {
        foreach (double value in values)
        {
            if (double.IsFinite(value) && Math.Abs((float)value - value) > tolerance)
            {
                return false;
            }

            if (double.IsInfinity(value) || (double.IsFinite(value) && float.IsInfinity((float)value)))
            {
                return false;
            }
        }

        return true;
    }
}
