using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ScriptGen.Scripting.Untrusted;

/// <summary>
/// What the instrumentation of one tree needs from the semantic model, gathered when the tree is
/// checked (the instrumentation itself sees syntax only): whether each expression-bodied lambda's
/// delegate returns void (<c>x => list.Add(x)</c> becomes <c>{ Enter(); list.Add(x); }</c>, not
/// <c>return list.Add(x);</c>), and, for each array size, whether it needs the explicit conversion the
/// compiler applied implicitly (a size of a type with a user-defined conversion to <c>int</c>).
/// </summary>
internal sealed class InstrumentationPlan
{
    private readonly Dictionary<TextSpan, bool> _lambdaReturnsVoid = [];
    private readonly Dictionary<TextSpan, ArraySize> _arraySizes = [];

    /// <summary>The facts about <paramref name="model"/>'s tree.</summary>
    public static InstrumentationPlan Build(SemanticModel model, CancellationToken cancellationToken)
    {
        var plan = new InstrumentationPlan();
        foreach (SyntaxNode node in model.SyntaxTree.GetRoot(cancellationToken).DescendantNodes())
        {
            switch (node)
            {
                case LambdaExpressionSyntax { ExpressionBody: not null } lambda:
                    bool returnsVoid = model.GetSymbolInfo(lambda, cancellationToken).Symbol is IMethodSymbol { ReturnsVoid: true };
                    plan._lambdaReturnsVoid[lambda.Span] = returnsVoid;
                    break;
                case ArrayCreationExpressionSyntax { Initializer: null } creation:
                    foreach (ExpressionSyntax size in creation.Type.RankSpecifiers.SelectMany(rank => rank.Sizes))
                    {
                        if (size is not OmittedArraySizeExpressionSyntax)
                        {
                            plan._arraySizes[size.Span] = Describe(model, size, cancellationToken);
                        }
                    }

                    break;
            }
        }

        return plan;
    }

    /// <summary>Whether the expression-bodied lambda at <paramref name="span"/> returns void; null when the plan does not know it.</summary>
    public bool? LambdaReturnsVoid(TextSpan span) => _lambdaReturnsVoid.TryGetValue(span, out bool returnsVoid) ? returnsVoid : null;

    /// <summary>How to bound the array size at <paramref name="span"/>; null when the plan does not know it.</summary>
    public ArraySize? SizeAt(TextSpan span) => _arraySizes.TryGetValue(span, out ArraySize size) ? size : null;

    private static ArraySize Describe(SemanticModel model, ExpressionSyntax size, CancellationToken cancellationToken)
    {
        Optional<object?> constant = model.GetConstantValue(size, cancellationToken);
        decimal? number = constant.HasValue ? ArraySize.ToNumber(constant.Value) : null;
        if (number is not null)
        {
            return new ArraySize(Constant: number, Conversion: null);
        }

        TypeInfo type = model.GetTypeInfo(size, cancellationToken);
        bool integral = type.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
            or SpecialType.System_UInt64 or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte
            or SpecialType.System_SByte or SpecialType.System_Char or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;
        string? conversion = integral || type.ConvertedType is null
            ? null
            : type.ConvertedType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes));
        return new ArraySize(Constant: null, Conversion: conversion);
    }
}

/// <summary>
/// One array size: its value when it is a constant, else the type to convert it to explicitly before
/// comparing it with the bound (null when its own type is an integral type).
/// </summary>
internal readonly record struct ArraySize(decimal? Constant, string? Conversion)
{
    /// <summary>An integral constant as a number; null for anything else.</summary>
    public static decimal? ToNumber(object? value) => value switch
    {
        int number => number,
        uint number => number,
        long number => number,
        ulong number => number,
        short number => number,
        ushort number => number,
        byte number => number,
        sbyte number => number,
        char number => number,
        _ => null,
    };
}
