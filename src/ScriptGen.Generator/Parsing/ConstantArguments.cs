using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ScriptGen.Generator.Parsing;

/// <summary>The arguments written in a call, by parameter name, with their constant values where they have one.</summary>
internal sealed class ConstantArguments
{
    private readonly Dictionary<string, (Optional<object?> Constant, SyntaxNode Syntax)> _given = new(StringComparer.Ordinal);

    private ConstantArguments() { }

    /// <summary>The written (not defaulted) arguments of <paramref name="invocation"/>, a call of <paramref name="method"/>.</summary>
    public static ConstantArguments Read(ParseContext parse, InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        var result = new ConstantArguments();
        if (parse.SemanticModel.GetOperation(invocation, parse.CancellationToken) is not IInvocationOperation operation)
        {
            // The call does not bind in the generator's view (an argument reads a generated member):
            // match the written arguments to the method's parameters as the compiler will.
            ReadBySyntax(parse, invocation, method, result);
            return result;
        }

        foreach (IArgumentOperation argument in operation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is null)
            {
                continue;
            }

            // int -> int? and similar wrap the constant in a conversion without a constant value of its own.
            IOperation value = argument.Value;
            while (value is IConversionOperation conversion && !value.ConstantValue.HasValue)
            {
                value = conversion.Operand;
            }

            result._given[argument.Parameter.Name] = (value.ConstantValue, argument.Syntax);
        }

        return result;
    }

    private static void ReadBySyntax(ParseContext parse, InvocationExpressionSyntax invocation, IMethodSymbol method, ConstantArguments result)
    {
        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            ArgumentSyntax argument = arguments[i];
            string? name = argument.NameColon?.Name.Identifier.ValueText
                ?? (i < method.Parameters.Length ? method.Parameters[i].Name : null);
            if (name is not null)
            {
                result._given[name] = (parse.SemanticModel.GetConstantValue(argument.Expression, parse.CancellationToken), argument);
            }
        }
    }

    /// <summary>The written arguments that are not compile-time constants.</summary>
    public IEnumerable<(string Parameter, SyntaxNode Syntax)> NonConstant()
    {
        foreach (KeyValuePair<string, (Optional<object?> Constant, SyntaxNode Syntax)> given in _given)
        {
            if (!given.Value.Constant.HasValue)
            {
                yield return (given.Key, given.Value.Syntax);
            }
        }
    }

    public bool IsGiven(string parameter) => _given.ContainsKey(parameter);

    public bool IsConstant(string parameter) => _given.TryGetValue(parameter, out var given) && given.Constant.HasValue;

    public object? Value(string parameter) =>
        _given.TryGetValue(parameter, out var given) && given.Constant.HasValue ? given.Constant.Value : null;

    public SyntaxNode? Syntax(string parameter) => _given.TryGetValue(parameter, out var given) ? given.Syntax : null;

    public double? Number(string parameter) =>
        Value(parameter) is IConvertible value and not string and not bool
            ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
