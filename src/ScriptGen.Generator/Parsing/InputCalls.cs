using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Pine-style inputs: <c>FastLength = input.Int(9, "Fast length", minValue: 1);</c> in <c>Setup()</c>.
/// The member assigned names the input; the constant arguments describe it; the interceptor returns
/// the run's bound value.
/// </summary>
internal static class InputCalls
{
    public static InterceptedCallSpec? Bind(
        ParseContext parse,
        IMethodSymbol facade,
        InvocationExpressionSyntax invocation,
        IMethodSymbol? enclosing,
        InterceptLocationSpec location,
        InputList inputs)
    {
        string function = "input." + facade.Name;
        if (enclosing is not { IsOverride: true, Name: "Setup", Parameters.Length: 0 })
        {
            parse.Report(DiagnosticDescriptors.InputCallOutsideSetup, invocation, function, MemberNames.Describe(enclosing));
            return null;
        }

        if (AssignedMember(parse, invocation) is not ({ } member, { } target))
        {
            parse.Report(DiagnosticDescriptors.InputCallNotAssigned, invocation, function);
            return null;
        }

        InputTypeSpec? type = facade.Name switch
        {
            "Int" => InputTypeSpec.Int,
            "Float" => InputTypeSpec.Float,
            "Bool" => InputTypeSpec.Bool,
            "String" => InputTypeSpec.String,
            _ => null,
        };
        ConstantArguments arguments = ConstantArguments.Read(parse, invocation);
        bool allConstant = true;
        foreach ((string parameter, SyntaxNode syntax) in arguments.NonConstant())
        {
            parse.Report(DiagnosticDescriptors.InputArgumentNotConstant, syntax, function, parameter);
            allConstant = false;
        }

        if (type is null || !allConstant)
        {
            return null;
        }

        InputSpec? input = inputs.Add(new InputDeclaration
        {
            Name = member.Name,
            Title = arguments.Value("title") as string,
            Type = type.Value,
            Default = arguments.Value("defval"),
            Min = arguments.Number("minValue"),
            Max = arguments.Number("maxValue"),
            Step = arguments.Number("step"),
            Tooltip = arguments.Value("tooltip") as string,
            Group = arguments.Value("group") as string,
            IsSetupCall = true,
            NameLocation = LocationInfo.From(target),
            DefaultSyntax = arguments.Syntax("defval") ?? invocation,
        });
        if (input is null)
        {
            return null;
        }

        return new InterceptedCallSpec(
            InterceptKind.Input,
            location,
            function,
            SymbolNames.FullyQualified(facade.ContainingType),
            SymbolNames.FullyQualified(facade.ReturnType),
            NamespaceCallBinder.Parameters(facade),
            SlotIndex: -1,
            StateType: null,
            CoreMethod: facade.Name,
            CoreArguments: EquatableArray<string>.Empty,
            TargetIndex: input.Index,
            TargetName: input.Name);
    }

    /// <summary>The field or property of the script the call is directly assigned to, in a statement of Setup's body.</summary>
    private static (ISymbol? Member, ExpressionSyntax? Target) AssignedMember(ParseContext parse, InvocationExpressionSyntax invocation)
    {
        if (invocation.Parent is not AssignmentExpressionSyntax assignment ||
            !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ||
            assignment.Right != invocation)
        {
            return default;
        }

        bool topLevel = assignment.Parent switch
        {
            ExpressionStatementSyntax { Parent: BlockSyntax { Parent: MethodDeclarationSyntax } } => true,
            ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax } => true,
            _ => false,
        };
        bool plainTarget = assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
        if (!topLevel || !plainTarget)
        {
            return default;
        }

        ISymbol? target = parse.SemanticModel.GetSymbolInfo(assignment.Left, parse.CancellationToken).Symbol;
        return target is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false } &&
               SymbolEqualityComparer.Default.Equals(target.ContainingType, parse.Script)
            ? (target, assignment.Left)
            : default;
    }
}
