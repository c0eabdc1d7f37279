using System.Collections.Generic;
using System.Linq;
using ScriptGen.Generator.Emitting;
using ScriptGen.Runtime.Generator.Model;

namespace ScriptGen.Runtime.Generator.Emitting;

/// <summary>
/// The batch forms (<c>TaBatch.Sma(source, length, destination)</c>): the declaration run over arrays, one
/// result per element, with the same state a script's call site uses, so the values are the script's bar for
/// bar. A series or a bar value is an array; a bar's index is the element's; the previous close is the
/// previous element of <c>close</c>. Every element is read before its result is written, so a destination
/// may be an input.
/// </summary>
internal static class BatchEmitter
{
    public static string Emit(NamespaceTargets targets, IReadOnlyList<FunctionDecl> declarations)
    {
        var code = new CodeWriter();
        code.Line(Header.Text.TrimEnd('\n'));
        code.Line();
        code.Line($"namespace {targets.BatchNamespace};");
        code.Line();
        var emitted = new HashSet<string>();
        using (code.Block($"public static partial class {targets.Batch}"))
        {
            bool first = true;
            foreach (FunctionDecl declaration in declarations)
            {
                foreach (OverloadDecl overload in declaration.Overloads.Where(o => o.Batch))
                {
                    BatchShape shape = BatchShape.Of(declaration, overload);

                    // An overload filling a series with a bar value has the same arrays as the one that takes it.
                    if (!emitted.Add(overload.Name + "(" + string.Join(",", shape.Parameters.Select(p => p.Type)) + ")"))
                    {
                        continue;
                    }

                    if (!first)
                    {
                        code.Line();
                    }

                    first = false;
                    EmitBatch(code, targets, declaration, overload, shape);
                }
            }
        }

        return code.ToString();
    }

    private static void EmitBatch(CodeWriter code, NamespaceTargets targets, FunctionDecl declaration, OverloadDecl overload, BatchShape shape)
    {
        string[] pineArguments = FacadeEmitter.FacadeParameters(declaration, overload).Select(p => p.Name).ToArray();
        string pine = DocText.PineCall(declaration, overload, pineArguments);
        string cref = declaration.IsStatic ? declaration.DeclaringType.Replace("global::", string.Empty) + "." + declaration.MethodName : declaration.DeclaringType.Replace("global::", string.Empty);
        code.Line($"/// <summary><c>{pine}</c> of every element (<see cref=\"{cref}\"/>).</summary>");
        string function = overload.Name;
        code.Line($"public static void {function}({string.Join(", ", shape.Parameters.Select(p => $"{p.Type} {FacadeEmitter.Identifier(p.Name)}"))})");
        code.Line("{");
        BatchParameter[] arrays = shape.Parameters.Where(p => p.IsArray).ToArray();
        string count = arrays.Length > 0 ? $"{FacadeEmitter.Identifier(arrays[0].Name)}.Length" : "0";
        code.Line($"    int count = {count};");
        foreach (BatchParameter array in arrays.Skip(1))
        {
            code.Line($"    global::ScriptGen.Ta.BatchArguments.SameLength(\"{function}\", \"{arrays[0].Name}\", count, \"{array.Name}\", {FacadeEmitter.Identifier(array.Name)}.Length);");
        }

        if (shape.Parameters.Any(p => p.Name == "exchangeTimeZone"))
        {
            code.Line("    global::System.ArgumentNullException.ThrowIfNull(exchangeTimeZone);");
        }

        foreach (ParameterDecl length in declaration.Parameters.Where(p => p.IsWindowLength && p.Bar is null))
        {
            code.Line($"    global::ScriptGen.Ta.BatchArguments.WindowLength(\"{function}\", {FacadeEmitter.Identifier(length.Name)}, \"{length.Name}\");");
        }

        if (!declaration.IsStatic)
        {
            code.Line($"    var state = new {declaration.DeclaringType}();");
        }

        if (shape.CarriesClose)
        {
            code.Line("    double carriedClose = double.NaN;");
        }

        code.Line("    for (int i = 0; i < count; i++)");
        code.Line("    {");
        foreach (BatchParameter input in shape.Parameters.Where(p => p.IsArray && !p.IsOutput))
        {
            code.Line($"        var {input.Name}At = {FacadeEmitter.Identifier(input.Name)}[i];");
        }

        string call = $"{(declaration.IsStatic ? declaration.DeclaringType : "state")}.{declaration.MethodName}({string.Join(", ", shape.Arguments)})";
        BatchParameter[] outputs = shape.Parameters.Where(p => p.IsOutput).ToArray();
        code.Line(outputs.Length == 1
            ? $"        {FacadeEmitter.Identifier(outputs[0].Name)}[i] = {call};"
            : $"        ({string.Join(", ", outputs.Select(o => FacadeEmitter.Identifier(o.Name) + "[i]"))}) = {call};");
        if (shape.CarriesClose)
        {
            code.Line("        carriedClose = closeAt;");
        }

        code.Line("    }");
        code.Line("}");
    }

    /// <summary>One parameter of a batch form: an input array, a setting, or a destination.</summary>
    private sealed record BatchParameter(string Name, string Type, bool IsArray, bool IsOutput);

    /// <summary>The parameters of a batch form and the arguments its loop passes to the declaration.</summary>
    private sealed class BatchShape
    {
        public List<BatchParameter> Parameters { get; } = new();

        public List<string> Arguments { get; } = new();

        public bool CarriesClose { get; private set; }

        public static BatchShape Of(FunctionDecl declaration, OverloadDecl overload)
        {
            var shape = new BatchShape();
            foreach (ParameterDecl parameter in declaration.Parameters)
            {
                string? bar = parameter.Bar ?? overload.Implicit.FirstOrDefault(i => i.Parameter == parameter.Name)?.Bar;
                if (bar is not null)
                {
                    shape.Arguments.Add(shape.BarArgument(bar));
                }
                else if (parameter.IsSeries)
                {
                    shape.Array(parameter.Name, parameter.Type);
                    shape.Arguments.Add(parameter.Name + "At");
                }
                else
                {
                    shape.Parameters.Add(new BatchParameter(parameter.Name, parameter.Type, IsArray: false, IsOutput: false));
                    shape.Arguments.Add(FacadeEmitter.Identifier(parameter.Name));
                }
            }

            if (declaration.ReturnsTuple)
            {
                foreach (TupleElementDecl element in declaration.Tuple)
                {
                    string name = char.ToLowerInvariant(element.Name[0]) + element.Name.Substring(1);
                    shape.Parameters.Add(new BatchParameter(name, $"global::System.Span<{element.Type}>", IsArray: true, IsOutput: true));
                }
            }
            else
            {
                shape.Parameters.Add(new BatchParameter("destination", $"global::System.Span<{declaration.ReturnType}>", IsArray: true, IsOutput: true));
            }

            return shape;
        }

        private void Array(string name, string elementType)
        {
            if (!Parameters.Any(p => p.Name == name))
            {
                Parameters.Add(new BatchParameter(name, $"global::System.ReadOnlySpan<{elementType}>", IsArray: true, IsOutput: false));
            }
        }

        /// <summary>A value of the whole run (not an array): one parameter of the batch form.</summary>
        private string Whole(string name, string type)
        {
            if (!Parameters.Any(p => p.Name == name))
            {
                Parameters.Add(new BatchParameter(name, type, IsArray: false, IsOutput: false));
            }

            return name;
        }

        private string BarArgument(string bar)
        {
            switch (bar)
            {
                case "Open":
                case "High":
                case "Low":
                case "Close":
                case "Volume":
                    string name = bar.ToLowerInvariant();
                    Array(name, "double");
                    return name + "At";
                case "Hl2":
                    Array("high", "double");
                    Array("low", "double");
                    return "(highAt + lowAt) / 2";
                case "Hlc3":
                    Array("high", "double");
                    Array("low", "double");
                    Array("close", "double");
                    return "(highAt + lowAt + closeAt) / 3";
                case "Ohlc4":
                    Array("open", "double");
                    Array("high", "double");
                    Array("low", "double");
                    Array("close", "double");
                    return "(openAt + highAt + lowAt + closeAt) / 4";
                case "Hlcc4":
                    Array("high", "double");
                    Array("low", "double");
                    Array("close", "double");
                    return "(highAt + lowAt + 2 * closeAt) / 4"; // as the script's hlcc4: (h + l) + 2c, not ((h + l) + c) + c
                case "PreviousClose":
                    Array("close", "double");
                    CarriesClose = true;
                    return "carriedClose";
                case "Time":
                    Array("time", "long");
                    return "timeAt";
                case "BarIndex":
                    return "i";
                case "SymbolSession":
                    return Whole("symbolSession", "global::ScriptGen.SessionSchedule");
                default: // ExchangeTimeZone
                    return Whole("exchangeTimeZone", "global::System.TimeZoneInfo");
            }
        }
    }
}
