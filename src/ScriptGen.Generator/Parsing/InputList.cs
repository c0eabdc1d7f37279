using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>The raw facts of one declared input, before checks.</summary>
internal sealed class InputDeclaration
{
    public required string Name { get; init; }
    public required string? Title { get; init; }
    public required InputTypeSpec Type { get; init; }
    public required object? Default { get; init; }
    public required double? Min { get; init; }
    public required double? Max { get; init; }
    public required double? Step { get; init; }
    public required string? Tooltip { get; init; }
    public required string? Group { get; init; }
    public required bool IsSetupCall { get; init; }
    /// <summary>Where the input is named: the member's identifier, or the member an input.* call is assigned to.</summary>
    public required LocationInfo? NameLocation { get; init; }
    /// <summary>Where the title is written (the attribute's or the call's title argument), or null when the name is the title.</summary>
    public LocationInfo? TitleLocation { get; init; }
    public required SyntaxNode DefaultSyntax { get; init; }
}

/// <summary>
/// The script's inputs in declaration order. Adding one runs the checks every input shares (bounds,
/// default within bounds, unique name) so member inputs and <c>input.*</c> calls are held to the same rules.
/// </summary>
internal sealed class InputList : IEnumerable<InputSpec>
{
    private readonly ParseContext _parse;
    private readonly List<InputSpec> _inputs = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _inputByTitle = new(StringComparer.Ordinal);

    public InputList(ParseContext parse) => _parse = parse;

    /// <returns>The added input, or null when a check failed (reported).</returns>
    public InputSpec? Add(InputDeclaration input)
    {
        if (!_names.Add(input.Name))
        {
            _parse.Report(DiagnosticDescriptors.DuplicateInputName, input.NameLocation, input.Name);
            return null;
        }

        if (input.Min is { } min && input.Max is { } max && min > max)
        {
            _parse.Report(DiagnosticDescriptors.InputBoundsInverted, input.NameLocation, input.Name, Literals.Display(min), Literals.Display(max));
            return null;
        }

        string? defaultLiteral = DefaultLiteral(input);
        if (defaultLiteral is null)
        {
            _parse.Report(DiagnosticDescriptors.InputDefaultNotConstant, input.DefaultSyntax, input.Name, " of its type (not null)");
            return null;
        }

        if (input.Type is InputTypeSpec.Int or InputTypeSpec.Float && Convert.ToDouble(input.Default, CultureInfo.InvariantCulture) is var value &&
            ((input.Min is { } low && value < low) || (input.Max is { } high && value > high)))
        {
            _parse.Report(
                DiagnosticDescriptors.InputDefaultOutOfBounds, input.DefaultSyntax, input.Name, Literals.Display(value), DescribeBounds(input));
            return null;
        }

        // Titles are what a settings list shows; a repeated one is legal but cannot be told apart.
        string title = input.Title ?? input.Name;
        if (_inputByTitle.TryGetValue(title, out string? first))
        {
            _parse.Report(DiagnosticDescriptors.DuplicateInputTitle, input.TitleLocation ?? input.NameLocation, first, input.Name, title);
        }
        else
        {
            _inputByTitle.Add(title, input.Name);
        }

        var spec = new InputSpec(
            Index: _inputs.Count,
            Name: input.Name,
            Title: title,
            Type: input.Type,
            DefaultLiteral: defaultLiteral,
            MinLiteral: input.Min is { } m ? Literals.Double(m) : null,
            MaxLiteral: input.Max is { } x ? Literals.Double(x) : null,
            StepLiteral: input.Step is { } s ? Literals.Double(s) : null,
            TooltipLiteral: input.Tooltip is { } t ? Literals.String(t) : null,
            GroupLiteral: input.Group is { } g ? Literals.String(g) : null,
            IsSetupCall: input.IsSetupCall,
            Min: input.Min,
            Max: input.Max);
        _inputs.Add(spec);
        return spec;
    }

    public IEnumerator<InputSpec> GetEnumerator() => _inputs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The input type for a member type, or null when unsupported.</summary>
    public static InputTypeSpec? TypeOf(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Int32 => InputTypeSpec.Int,
        SpecialType.System_Double => InputTypeSpec.Float,
        SpecialType.System_Boolean => InputTypeSpec.Bool,
        SpecialType.System_String => InputTypeSpec.String,
        _ => null,
    };

    private static string? DefaultLiteral(InputDeclaration input) => (input.Type, input.Default) switch
    {
        (InputTypeSpec.Int, int or short or ushort or byte or sbyte) => Literals.Int(Convert.ToInt32(input.Default, CultureInfo.InvariantCulture)),
        (InputTypeSpec.Float, IConvertible c) when c is not bool and not string and not char => Literals.Double(Convert.ToDouble(c, CultureInfo.InvariantCulture)),
        (InputTypeSpec.Bool, bool b) => Literals.Bool(b),
        (InputTypeSpec.String, string s) => Literals.String(s),
        _ => null,
    };

    private static string DescribeBounds(InputDeclaration input) => DescribeBounds(input.Min, input.Max);

    /// <summary>Bounds as messages state them: <c>1..500</c>, <c>&gt;= 1</c>, <c>&lt;= 100</c>, or <c>none</c>.</summary>
    public static string DescribeBounds(double? min, double? max) => (min, max) switch
    {
        ({ } low, { } high) => $"{Literals.Display(low)}..{Literals.Display(high)}",
        ({ } low, null) => $">= {Literals.Display(low)}",
        (null, { } high) => $"<= {Literals.Display(high)}",
        _ => "none",
    };
}
