using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Model;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests;

/// <summary>
/// The pipeline caches by comparing models with Equals. A model holding a Roslyn symbol, node,
/// location or compilation never compares equal across runs (and keeps whole compilations alive),
/// and a model with reference equality never compares equal at all: either silently turns every
/// keystroke into a full regeneration. These tests inspect every type in <c>ScriptGen.Generator.Model</c>.
/// </summary>
public sealed class ModelShapeTests
{
    /// <summary>Roslyn types a model must not hold, even deep inside a generic argument or an array.</summary>
    private static readonly Type[] s_forbidden =
    {
        typeof(ISymbol),
        typeof(SyntaxNode),
        typeof(SyntaxToken),
        typeof(SyntaxTree),
        typeof(Location),
        typeof(SemanticModel),
        typeof(Compilation),
        typeof(AttributeData),
        typeof(TypedConstant),
        typeof(Diagnostic),
        typeof(object), // Could hold any of the above.
    };

    private static readonly Type[] s_modelTypes = typeof(ScriptSpec).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(ScriptSpec).Namespace && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
        .ToArray();

    public static TheoryData<string> ModelTypeNames => new(s_modelTypes.Select(t => t.Name));

    [Fact]
    public void The_model_namespace_holds_the_pipeline_models()
    {
        // Guards the reflection below: if the namespace moved, every other test here would pass on nothing.
        Assert.Contains(typeof(ScriptSpec), s_modelTypes);
        Assert.Contains(typeof(ScriptParseResult), s_modelTypes);
        Assert.Contains(typeof(DiagnosticInfo), s_modelTypes);
    }

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void A_model_holds_no_Roslyn_object(string typeName)
    {
        Assert.Empty(RoslynObjectsIn(ModelType(typeName)));
    }

    [Fact]
    public void The_inspection_finds_a_symbol_deep_in_a_generic_argument()
    {
        // Guards the walk itself: a symbol two records and an EquatableArray down must be found.
        var problems = RoslynObjectsIn(typeof(LeakyModel));

        string problem = Assert.Single(problems);
        Assert.Contains("LeakyItem", problem);
        Assert.EndsWith("<Symbol>k__BackingField is ISymbol", problem);
    }

    [Fact]
    public void The_inspection_finds_a_collection_compared_by_reference() =>
        Assert.Single(CollectionsComparedByReference(typeof(ArrayModel)));

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void A_model_compares_by_value(string typeName)
    {
        Type type = ModelType(typeName);
        if (type.IsEnum || (type.IsAbstract && type.IsSealed))
        {
            return; // Enums compare by value; static classes hold no state.
        }

        if (type.IsValueType)
        {
            Assert.True(
                typeof(IEquatable<>).MakeGenericType(type.IsGenericTypeDefinition ? type.MakeGenericType(type.GetGenericArguments()) : type).IsAssignableFrom(type),
                $"Struct {typeName} must implement IEquatable<{typeName}>.");
            return;
        }

        // A record has the compiler's EqualityContract; a plain class would compare by reference.
        Assert.True(
            type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null,
            $"{typeName} must be a record (a class compares by reference and never caches).");

        Assert.Empty(CollectionsComparedByReference(type));
    }

    [Fact]
    public void Two_parses_of_the_same_scripts_are_equal()
    {
        IReadOnlyDictionary<string, ScriptParseResult> first = ParseGoldenScripts();
        IReadOnlyDictionary<string, ScriptParseResult> second = ParseGoldenScripts();

        Assert.Equal(GoldenFileTests.Names.Length + 2, first.Count); // Imports holds an indicator and its importer, InlineLoop two scripts
        foreach ((string script, ScriptParseResult result) in first)
        {
            Assert.Equal(result, second[script]);
            Assert.Equal(result.GetHashCode(), second[script].GetHashCode());
            Assert.NotSame(result, second[script]);
        }
    }

    [Fact]
    public void A_meaningful_change_makes_the_specs_differ()
    {
        // Guards the equality test above against an Equals that is always true.
        ScriptParseResult original = ParseGoldenScripts()["EmaCross"];
        string retitled = GoldenFile.ReadInput("EmaCross").Replace("\"EMA Cross\"", "\"EMA Crossing\"", StringComparison.Ordinal);
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/EmaCross.pine.cs", retitled));

        Assert.NotEqual(original, ParseResults(run)["EmaCross"]);
    }

    private static IReadOnlyDictionary<string, ScriptParseResult> ParseGoldenScripts() =>
        ParseResults(GeneratorHarness.Run(GoldenFileTests.Names.Select(n => new TestSource($"Scripts/{n}.pine.cs", GoldenFile.ReadInput(n))).ToArray()));

    private static IReadOnlyDictionary<string, ScriptParseResult> ParseResults(GeneratorRun run) =>
        new[] { TrackingNames.ParseStrategies, TrackingNames.ParseIndicators }
            .Where(run.Result.TrackedSteps.ContainsKey)
            .SelectMany(name => run.Result.TrackedSteps[name])
            .SelectMany(step => step.Outputs)
            .Select(output => (ScriptParseResult)output.Value)
            .ToDictionary(result => result.Spec!.ClassName);

    private static Type ModelType(string name) => s_modelTypes.Single(t => t.Name == name);

    private static List<string> RoslynObjectsIn(Type type)
    {
        var problems = new List<string>();
        Inspect(type, type.Name, problems, new HashSet<Type>());
        return problems;
    }

    /// <summary>Record equality compares fields with EqualityComparer&lt;T&gt;.Default: a collection there compares by reference.</summary>
    private static List<string> CollectionsComparedByReference(Type record) =>
        record.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.FieldType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(f.FieldType) && !IsEquatableArray(f.FieldType))
            .Select(f => $"{record.Name}.{f.Name}: {f.FieldType.Name} (use EquatableArray<T>)")
            .ToList();

    private static bool IsEquatableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    /// <summary>Walks a type's fields and properties, and through generic arguments, arrays and model types within them.</summary>
    private static void Inspect(Type type, string path, List<string> problems, HashSet<Type> visited)
    {
        if (type.IsGenericParameter || !visited.Add(type))
        {
            return;
        }

        if (s_forbidden.FirstOrDefault(f => f == type || (f != typeof(object) && f.IsAssignableFrom(type))) is { } forbidden)
        {
            problems.Add($"{path} is {forbidden.Name}");
            return;
        }

        if (type.IsArray || type.IsByRef || type.IsPointer)
        {
            Inspect(type.GetElementType()!, path + "[]", problems, visited);
            return;
        }

        foreach (Type argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
        {
            Inspect(argument, $"{path}<{argument.Name}>", problems, visited);
        }

        // Only our own types are opened up (the generator's, and this test's samples of bad models):
        // a BCL or Roslyn value type (TextSpan, string) is data.
        Type definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if ((definition.Assembly != typeof(ScriptSpec).Assembly && definition.Assembly != typeof(ModelShapeTests).Assembly) || type.IsEnum)
        {
            return;
        }

        const BindingFlags members = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (FieldInfo field in type.GetFields(members))
        {
            Inspect(field.FieldType, $"{path}.{field.Name}", problems, visited);
        }

        foreach (PropertyInfo property in type.GetProperties(members))
        {
            Inspect(property.PropertyType, $"{path}.{property.Name}", problems, visited);
        }
    }

    /// <summary>A bad model for the self-test: a symbol inside an item inside an EquatableArray.</summary>
    private sealed record LeakyModel(string Name, EquatableArray<LeakyItem> Items);

    private sealed record LeakyItem(int Index, ITypeSymbol? Symbol);

    /// <summary>A bad model for the self-test: an array field, compared by reference.</summary>
    private sealed record ArrayModel(string[] Names);
}
