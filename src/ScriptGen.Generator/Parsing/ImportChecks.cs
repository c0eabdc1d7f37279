using System;
using System.Collections.Generic;
using System.Linq;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Checks each script's imports against every script of the compilation: the target is an indicator,
/// the inputs it sets exist and get constants of their type within their bounds, and no scripts
/// import each other in a cycle. A step of its own, after the scripts are collected: what one script
/// may import depends on the others, which the per-script parse must not read (its cached result
/// would not see them change).
/// </summary>
internal static class ImportChecks
{
    /// <summary>The property of an SG0056 diagnostic holding the cycle (full names joined by <c>" -> "</c>), for the script engine's <c>CircularImportException</c>.</summary>
    public const string CycleProperty = "ImportCycle";

    /// <summary>One script's part of the <see cref="ImportGraph"/>: its surface and the scripts it imports.</summary>
    public static ImportGraphNode NodeOf(ScriptParseResult result) => new(
        result.Surface,
        result.ImportCalls is { Imports.Count: > 0 } calls
            ? new ScriptImportEdges(calls.FullName, calls.Imports.Select(i => i.TargetName).Distinct(StringComparer.Ordinal).ToEquatableArray())
            : null);

    public static ImportGraph BuildGraph(IEnumerable<ImportGraphNode> nodes)
    {
        var scripts = new List<ScriptSurface>();
        var edges = new List<ScriptImportEdges>();
        foreach (ImportGraphNode node in nodes)
        {
            if (node.Surface is { } surface)
            {
                scripts.Add(surface);
            }

            if (node.Edges is { } scriptEdges)
            {
                edges.Add(scriptEdges);
            }
        }

        return new ImportGraph(
            scripts.OrderBy(s => s.FullName, StringComparer.Ordinal).ToEquatableArray(),
            edges.OrderBy(e => e.FullName, StringComparer.Ordinal).ToEquatableArray());
    }

    public static EquatableArray<DiagnosticInfo> Check(ScriptImportCalls calls, ImportGraph graph)
    {
        var surfaces = new Dictionary<string, ScriptSurface>(StringComparer.Ordinal);
        foreach (ScriptSurface script in graph.Scripts)
        {
            surfaces[script.FullName] = script;
        }

        var edges = new Dictionary<string, EquatableArray<string>>(StringComparer.Ordinal);
        foreach (ScriptImportEdges edge in graph.Edges)
        {
            edges[edge.FullName] = edge.Targets;
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (ImportSpec import in calls.Imports)
        {
            ScriptSurface? target = import.ReferencedTarget ?? (surfaces.TryGetValue(import.TargetName, out ScriptSurface? found) ? found : null);
            if (target is null || !target.IsScript)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ImportTargetNotIndicator, import.Location, import.TargetDisplay));
                continue;
            }

            if (target.Kind == ScriptKindSpec.Strategy)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ImportOfStrategy, import.Location, import.TargetDisplay));
                continue;
            }

            if (target.InputsKnown)
            {
                CheckOverrides(import, target, diagnostics);
            }

            if (CycleThrough(calls.FullName, import.TargetName, edges) is { } cycle)
            {
                string path = string.Join(" -> ", cycle);
                var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.ImportCycle, import.Location, calls.FullName, path);
                diagnostics.Add(diagnostic with { Properties = new[] { new DiagnosticProperty(CycleProperty, path) }.ToEquatableArray() });
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static void CheckOverrides(ImportSpec import, ScriptSurface target, List<DiagnosticInfo> diagnostics)
    {
        foreach (InputOverrideSpec given in import.Overrides)
        {
            SurfaceInput? input = target.Inputs.FirstOrDefault(i => i.Name == given.Name);
            if (input is null)
            {
                string names = target.Inputs.Count == 0 ? "none" : string.Join(", ", target.Inputs.Select(i => i.Name));
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ImportUnknownInput, given.NameLocation, import.TargetDisplay, given.Name, names));
                continue;
            }

            if (given.Kind == OverrideValueKind.NotConstant)
            {
                continue; // Known at run time only: the inputs record validates it then.
            }

            if (!Accepts(input.Type, given.Kind))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ImportInputWrongType, given.ValueLocation, import.TargetDisplay, given.Name, Describe(input.Type), given.Display));
                continue;
            }

            if (given.Kind is OverrideValueKind.Int or OverrideValueKind.Float &&
                ((input.Min is { } min && given.Number < min) || (input.Max is { } max && given.Number > max)))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ImportInputOutOfRange,
                    given.ValueLocation,
                    import.TargetDisplay,
                    given.Name,
                    InputList.DescribeBounds(input.Min, input.Max),
                    given.Display));
            }
        }
    }

    private static bool Accepts(InputTypeSpec type, OverrideValueKind given) => type switch
    {
        InputTypeSpec.Int => given == OverrideValueKind.Int,
        InputTypeSpec.Float => given is OverrideValueKind.Int or OverrideValueKind.Float,
        InputTypeSpec.Bool => given == OverrideValueKind.Bool,
        _ => given == OverrideValueKind.String,
    };

    private static string Describe(InputTypeSpec type) => type switch
    {
        InputTypeSpec.Int => "an int",
        InputTypeSpec.Float => "a float (double)",
        InputTypeSpec.Bool => "a bool",
        _ => "a string (not null)",
    };

    /// <summary>
    /// The shortest cycle <paramref name="script"/> -> <paramref name="target"/> -> ... -> <paramref name="script"/>,
    /// or null when <paramref name="target"/> does not lead back (breadth first, edges in source order, so the
    /// path is the same on every build).
    /// </summary>
    private static List<string>? CycleThrough(string script, string target, Dictionary<string, EquatableArray<string>> edges)
    {
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal) { [target] = script };
        var queue = new Queue<string>();
        queue.Enqueue(target);
        while (queue.Count > 0)
        {
            string current = queue.Dequeue();
            if (current == script)
            {
                var path = new List<string> { script };
                for (string step = cameFrom[script]; step != script; step = cameFrom[step])
                {
                    path.Add(step);
                }

                path.Add(script);
                path.Reverse();
                return path;
            }

            if (!edges.TryGetValue(current, out EquatableArray<string> next))
            {
                continue;
            }

            foreach (string imported in next)
            {
                if (!cameFrom.ContainsKey(imported))
                {
                    cameFrom[imported] = current;
                    queue.Enqueue(imported);
                }
            }
        }

        return null;
    }
}
