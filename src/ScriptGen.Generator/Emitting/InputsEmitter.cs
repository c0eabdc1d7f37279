using ScriptGen.Generator.Model;
using ScriptGen.Generator.Parsing;

namespace ScriptGen.Generator.Emitting;

/// <summary>The typed inputs record of a script: defaults, binding from overrides, validation.</summary>
internal static class InputsEmitter
{
    public static void Emit(CodeWriter code, ScriptSpec script)
    {
        string name = script.ClassName;
        code.Line($"/// <summary>The typed inputs of <see cref=\"{name}\"/>, defaults as declared in the script.</summary>");
        using (code.Block($"public sealed record Inputs : global::ScriptGen.IScriptInputs<{name}>"))
        {
            code.Line("/// <summary>The declared defaults.</summary>");
            code.Line("public static Inputs Default { get; } = new();");
            foreach (InputSpec input in script.Inputs)
            {
                code.Line();
                code.Line($"/// <summary>{CommentText.Xml(input.Title)}</summary>");
                code.Line(InputAttribute(input));
                code.Line($"public {input.ClrType} {SymbolNames.Identifier(input.Name)} {{ get; init; }} = {input.DefaultLiteral};");
            }

            code.Line();
            code.Line($"{name} global::ScriptGen.IScriptInputs<{name}>.CreateScript() => Create(this);");
            code.Line();
            EmitFromOverrides(code, script);
            code.Line();
            EmitToOverrides(code, script);
            code.Line();
            EmitValidate(code, script);
        }
    }

    private static void EmitFromOverrides(CodeWriter code, ScriptSpec script)
    {
        code.Line("/// <summary>Defaults overridden by name; names, types and bounds checked against <see cref=\"Metadata\"/>.</summary>");
        code.Line("/// <exception cref=\"global::ScriptGen.InputValidationException\">An unknown input, a value of the wrong type or out of range.</exception>");
        using (code.Block("public static Inputs FromOverrides(global::System.Collections.Generic.IReadOnlyDictionary<string, object?>? overrides)"))
        {
            using (code.Block("if (overrides is null || overrides.Count == 0)"))
            {
                code.Line("return Default;");
            }

            code.Line();
            code.Line("global::ScriptGen.CompilerServices.InputBinder.CheckNames(Metadata, overrides);");
            if (script.Inputs.Count == 0)
            {
                code.Line("return Default;");
                return;
            }

            code.Line("return new Inputs");
            code.Line("{");
            foreach (InputSpec input in script.Inputs)
            {
                code.Line($"    {SymbolNames.Identifier(input.Name)} = global::ScriptGen.CompilerServices.InputBinder.{input.Type}(Metadata, {input.Index}, overrides, {input.DefaultLiteral}),");
            }

            code.Line("};");
        }
    }

    /// <summary>
    /// Every value by input name, the form <c>FromOverrides</c> reads: what a sweep on a cluster sends a silo, which
    /// builds the same inputs there through the script's catalog entry (no reflection, no serializer per record).
    /// </summary>
    private static void EmitToOverrides(CodeWriter code, ScriptSpec script)
    {
        code.Line("/// <summary>Every input by name, as <see cref=\"FromOverrides\"/> reads them: <c>FromOverrides(inputs.ToOverrides())</c> equals <c>inputs</c>.</summary>");
        using (code.Block("public global::System.Collections.Generic.IReadOnlyDictionary<string, object?> ToOverrides()"))
        {
            code.Line($"var overrides = new global::System.Collections.Generic.Dictionary<string, object?>({script.Inputs.Count});");
            foreach (InputSpec input in script.Inputs)
            {
                code.Line($"overrides[{Literals.String(input.Name)}] = {SymbolNames.Identifier(input.Name)};");
            }

            code.Line("return overrides;");
        }
    }

    private static void EmitValidate(CodeWriter code, ScriptSpec script)
    {
        code.Line("/// <summary>Checks every value against its declared bounds.</summary>");
        code.Line("/// <exception cref=\"global::ScriptGen.InputValidationException\">A value out of its bounds.</exception>");
        using (code.Block("public void Validate()"))
        {
            foreach (InputSpec input in script.Inputs)
            {
                if (input.HasBounds)
                {
                    code.Line($"global::ScriptGen.CompilerServices.InputBinder.CheckRange(Metadata, {input.Index}, {SymbolNames.Identifier(input.Name)});");
                }
                else if (input.Type == InputTypeSpec.String)
                {
                    code.Line($"global::ScriptGen.CompilerServices.InputBinder.CheckNotNull(Metadata, {input.Index}, {SymbolNames.Identifier(input.Name)});");
                }
            }
        }
    }

    /// <summary>
    /// The input's description on its record property, so a script in another assembly that imports this
    /// one gets its bounds checked at compile time from metadata.
    /// </summary>
    private static string InputAttribute(InputSpec input)
    {
        var arguments = new System.Collections.Generic.List<string> { Literals.String(input.Title) };
        AddNamed(arguments, "MinValue", input.MinLiteral);
        AddNamed(arguments, "MaxValue", input.MaxLiteral);
        AddNamed(arguments, "Step", input.StepLiteral);
        AddNamed(arguments, "Tooltip", input.TooltipLiteral);
        AddNamed(arguments, "Group", input.GroupLiteral);
        return $"[global::ScriptGen.Input({string.Join(", ", arguments)})]";
    }

    private static void AddNamed(System.Collections.Generic.List<string> arguments, string name, string? literal)
    {
        if (literal is not null)
        {
            arguments.Add($"{name} = {literal}");
        }
    }
}
