using System.Globalization;
using Microsoft.CodeAnalysis;
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

    /// <summary>A parameter's declared default as C# (null when it has none): typed, so it converts as the original did.</summary>
    public static string? DefaultOf(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }

        string type = SymbolNames.FullyQualified(parameter.Type);
        return parameter.ExplicitDefaultValue switch
        {
            null => parameter.Type.IsValueType && parameter.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T ? $"default({type})" : "null",
            double value => Double(value),
            float value => float.IsNaN(value) ? "float.NaN" : float.IsInfinity(value) ? (value > 0 ? "float.PositiveInfinity" : "float.NegativeInfinity") : value.ToString("R", CultureInfo.InvariantCulture) + "f",
            bool value => Bool(value),
            int value when parameter.Type.SpecialType == SpecialType.System_Int32 => Int(value),
            string value => String(value),
            char value => SymbolDisplay.FormatLiteral(value, quote: true),
            decimal value => value.ToString(CultureInfo.InvariantCulture) + "m",
            object value => $"({type})({System.Convert.ToString(value, CultureInfo.InvariantCulture)})",
        };
    }

    /// <summary>A number for messages: shortest round-trip form, invariant culture.</summary>
    public static string Display(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
