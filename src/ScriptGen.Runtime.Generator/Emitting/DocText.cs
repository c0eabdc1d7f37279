using System.Linq;
using System.Text.RegularExpressions;
using ScriptGen.Runtime.Generator.Model;

namespace ScriptGen.Runtime.Generator.Emitting;

/// <summary>The documentation of derived members, from the declaration's.</summary>
internal static class DocText
{
    private static readonly Regex s_paramRef = new("<paramref name=\"(\\w+)\"\\s*/>", RegexOptions.CultureInvariant);

    /// <summary>
    /// The declaration's summary for a member that does not take the parameters an overload fills (and, with
    /// <paramref name="barsAbsent"/>, the bar values): a
    /// reference to one becomes the bar value's name (<c>high</c>), which is what it is there.
    /// </summary>
    public static string Summary(FunctionDecl declaration, OverloadDecl? overload, bool barsAbsent)
    {
        if (overload?.Summary is { } own)
        {
            return own;
        }

        return s_paramRef.Replace(declaration.Summary, match =>
        {
            string name = match.Groups[1].Value;
            ParameterDecl? parameter = declaration.Parameters.FirstOrDefault(p => p.Name == name);
            string? bar = overload?.Implicit.FirstOrDefault(i => i.Parameter == name)?.Bar ?? (barsAbsent ? parameter?.Bar : null);
            return bar is null ? match.Value : $"<c>{BarName(bar)}</c>";
        });
    }

    /// <summary>The Pine call as users read it: <c>ta.sma(source, length)</c>; a built-in variable without arguments is <c>ta.obv</c>.</summary>
    public static string PineCall(FunctionDecl declaration, OverloadDecl overload, string[] arguments) =>
        overload.Signature ?? (arguments.Length == 0 && (overload.EveryBar || declaration.Parameters.All(p => p.Bar is not null || overload.Implicit.Any(i => i.Parameter == p.Name)))
            ? declaration.PineName
            : $"{declaration.PineName}({string.Join(", ", arguments)})");

    public static string Parameter(ParameterDecl parameter) =>
        parameter.Doc.Length > 0 ? parameter.Doc
        : parameter.Bar is { } bar ? $"The bar's {BarName(bar)} (the generated call passes it)."
        : parameter.IsSeries ? $"The series ({parameter.Name}): this bar's value."
        : parameter.IsWindowLength ? "The number of bars (a constant or an input: it may not change between bars)."
        : $"The {parameter.Name}.";

    /// <summary>A bar value as Pine names it: <c>high</c>, <c>close[1]</c>, <c>bar_index</c>.</summary>
    public static string BarName(string bar) => bar switch
    {
        "PreviousClose" => "close[1]",
        "BarIndex" => "bar_index",
        "ExchangeTimeZone" => "syminfo.timezone",
        "SymbolSession" => "symbol session",
        _ => bar.ToLowerInvariant(),
    };
}
