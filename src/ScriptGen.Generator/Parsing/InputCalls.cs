using Microsoft.CodeAnalysis;
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
        if (!SetupAssignments.IsSetup(enclosing))
        {
            parse.Report(DiagnosticDescriptors.InputCallOutsideSetup, invocation, function, MemberNames.Describe(enclosing));
            return null;
        }

        if (SetupAssignments.AssignedMember(parse, invocation) is not ({ } member, { } target))
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
        ConstantArguments arguments = ConstantArguments.Read(parse, invocation, facade);
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
            TitleLocation = arguments.Syntax("title") is { } title ? LocationInfo.From(title) : null,
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
}
