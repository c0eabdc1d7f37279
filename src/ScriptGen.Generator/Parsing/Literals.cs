using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace ScriptGen.Generator.Parsing;

/// <summary>C# literals for constant values, formatted with the invariant culture so output is the same on every machine.</summary>
internal static class Literals
{
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Double(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "double.PositiveInfinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "double.NegativeInfinity";
        }

        return value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A number for messages: shortest round-trip form, invariant culture.</summary>
    public static string Display(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
