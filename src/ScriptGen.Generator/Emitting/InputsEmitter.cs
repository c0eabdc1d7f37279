using ScriptGen.Generator.Model;
using ScriptGen.Generator.Parsing;

namespace ScriptGen.Generator.Emitting;

/// <summary>The typed inputs record of a script: defaults, binding from overrides, validation.</summary>
internal static class InputsEmitter
{
    public static void Emit(CodeWriter code, ScriptSpec script)
    {
        code.Line($"/// <summary>The typed inputs of <see cref=\"{script.ClassName}\"/>, defaults as declared in the script.</summary>");
        using (code.Block("public sealed record Inputs"))
        {
            code.Line("/// <summary>The declared defaults.</summary>");
            code.Line("public static Inputs Default { get; } = new();");
            foreach (InputSpec input in script.Inputs)
            {
                code.Line();
                code.Line($"/// <summary>{Escape(input.Title)}</summary>");
                code.Line($"public {input.ClrType} {SymbolNames.Identifier(input.Name)} {{ get; init; }} = {input.DefaultLiteral};");
            }

            code.Line();
            EmitFromOverrides(code, script);
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

    private static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
