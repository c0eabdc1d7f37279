using System.Collections.Frozen;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Scripting.Untrusted;

/// <summary>
/// What an untrusted script may reference, as data: the framework types, ScriptGen's script surface, the
/// attributes, members refused on otherwise allowed types, and the host's extra types (the types of the
/// custom namespaces it registered, with all their public members). Types are named by their metadata
/// name (<c>System.Collections.Generic.List`1</c>, nested types with <c>+</c>); a public type nested in an
/// allowed type is allowed. docs/untrusted-scripts.md explains each decision.
/// </summary>
internal sealed class UntrustedAllowList
{
    /// <summary>The simple name of the runtime assembly, whose types are matched by the ScriptGen lists.</summary>
    public const string ScriptGenAssembly = "ScriptGen";

    /// <summary>Framework types (any assembly but the runtime and the script's own), by metadata name.</summary>
    private static readonly FrozenSet<string> s_frameworkTypes = FrozenSet.ToFrozenSet(
    [
        // Primitives and the basic value types.
        "System.Object", "System.String", "System.Boolean", "System.Char", "System.SByte", "System.Byte",
        "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
        "System.Int128", "System.UInt128", "System.IntPtr", "System.UIntPtr", "System.Half", "System.Single",
        "System.Double", "System.Decimal", "System.Void", "System.Nullable", "System.Nullable`1",
        "System.ValueType", "System.Enum",

        // Math and conversions.
        "System.Math", "System.MathF", "System.MidpointRounding", "System.Convert", "System.BitConverter",
        "System.HashCode", "System.Base64FormattingOptions", "System.TypeCode", "System.Numerics.BitOperations",

        // Random: only with a seed (the parameterless constructor and Random.Shared are refused below).
        "System.Random",

        // Tuples.
        "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8",
        "System.Tuple", "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4",
        "System.Tuple`5", "System.Tuple`6", "System.Tuple`7", "System.Tuple`8",

        // Dates and times (the clock and the local time zone are refused below).
        "System.DateTime", "System.DateTimeOffset", "System.TimeSpan", "System.DayOfWeek", "System.DateOnly",
        "System.TimeOnly", "System.DateTimeKind",

        // Strings, text and formatting. Not DefaultInterpolatedStringHandler: it rents its buffer from the
        // shared ArrayPool, and a copy cleared twice returns the same array twice, to be handed to the host.
        "System.StringComparison", "System.StringComparer", "System.StringSplitOptions", "System.CharEnumerator",
        "System.FormattableString", "System.Text.StringBuilder", "System.Text.Rune", "System.Text.NormalizationForm",
        "System.Text.CompositeFormat",
        "System.Globalization.CultureInfo", "System.Globalization.NumberFormatInfo",
        "System.Globalization.DateTimeFormatInfo", "System.Globalization.NumberStyles",
        "System.Globalization.DateTimeStyles", "System.Globalization.TimeSpanStyles", "System.Globalization.CompareOptions",
        "System.Globalization.CompareInfo", "System.Globalization.TextInfo", "System.Globalization.UnicodeCategory",
        "System.Globalization.CharUnicodeInfo",

        // Spans, memory over managed arrays, ranges.
        "System.Span`1", "System.ReadOnlySpan`1", "System.Memory`1", "System.ReadOnlyMemory`1",
        "System.MemoryExtensions", "System.ArraySegment`1", "System.Index", "System.Range", "System.Array",

        // Interfaces a script's own types implement or use.
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.IFormattable",
        "System.IFormatProvider", "System.ISpanFormattable", "System.IUtf8SpanFormattable", "System.IParsable`1",
        "System.ISpanParsable`1", "System.IUtf8SpanParsable`1", "System.IConvertible", "System.IDisposable",

        // Delegates.
        "System.Delegate", "System.MulticastDelegate", "System.Action",
        "System.Action`1", "System.Action`2", "System.Action`3", "System.Action`4", "System.Action`5", "System.Action`6",
        "System.Action`7", "System.Action`8", "System.Action`9", "System.Action`10", "System.Action`11", "System.Action`12",
        "System.Action`13", "System.Action`14", "System.Action`15", "System.Action`16",
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Func`5", "System.Func`6",
        "System.Func`7", "System.Func`8", "System.Func`9", "System.Func`10", "System.Func`11", "System.Func`12",
        "System.Func`13", "System.Func`14", "System.Func`15", "System.Func`16", "System.Func`17",
        "System.Predicate`1", "System.Comparison`1", "System.Converter`2", "System.EventHandler", "System.EventHandler`1",
        "System.EventArgs",

        // Exceptions a script may throw, and catch (those that are not bases of the run's stop exceptions).
        "System.Exception", "System.ArgumentException", "System.ArgumentNullException",
        "System.ArgumentOutOfRangeException", "System.ArithmeticException", "System.DivideByZeroException",
        "System.OverflowException", "System.NotFiniteNumberException", "System.FormatException",
        "System.IndexOutOfRangeException", "System.InvalidCastException", "System.InvalidOperationException",
        "System.ObjectDisposedException", "System.NotImplementedException", "System.NotSupportedException",
        "System.NullReferenceException", "System.RankException", "System.ArrayTypeMismatchException",
        "System.Collections.Generic.KeyNotFoundException",

        // Collections.
        "System.Collections.Generic.List`1", "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.HashSet`1", "System.Collections.Generic.Queue`1", "System.Collections.Generic.Stack`1",
        "System.Collections.Generic.SortedList`2", "System.Collections.Generic.SortedDictionary`2",
        "System.Collections.Generic.SortedSet`1", "System.Collections.Generic.LinkedList`1",
        "System.Collections.Generic.LinkedListNode`1", "System.Collections.Generic.PriorityQueue`2",
        "System.Collections.Generic.OrderedDictionary`2", "System.Collections.Generic.KeyValuePair",
        "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.Comparer`1",
        "System.Collections.Generic.EqualityComparer`1", "System.Collections.Generic.ReferenceEqualityComparer",
        "System.Collections.Generic.CollectionExtensions", "System.Collections.Generic.IComparer`1",
        "System.Collections.Generic.IEqualityComparer`1", "System.Collections.Generic.IEnumerable`1",
        "System.Collections.Generic.IEnumerator`1", "System.Collections.Generic.ICollection`1",
        "System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyCollection`1",
        "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IDictionary`2",
        "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.ISet`1",
        "System.Collections.Generic.IReadOnlySet`1",
        "System.Collections.IEnumerable", "System.Collections.IEnumerator", "System.Collections.ICollection",
        "System.Collections.IList", "System.Collections.IDictionary", "System.Collections.IDictionaryEnumerator",
        "System.Collections.DictionaryEntry", "System.Collections.IComparer", "System.Collections.IEqualityComparer",
        "System.Collections.ObjectModel.ReadOnlyCollection`1", "System.Collections.ObjectModel.ReadOnlyDictionary`2",
        "System.Collections.ObjectModel.Collection`1",

        // LINQ to objects (not PLINQ, not IQueryable and expression trees).
        "System.Linq.Enumerable", "System.Linq.IOrderedEnumerable`1", "System.Linq.IGrouping`2",
        "System.Linq.ILookup`2", "System.Linq.Lookup`2",

        // Generic math, so a script can write numeric helpers over T.
        "System.Numerics.IAdditionOperators`3", "System.Numerics.IAdditiveIdentity`2",
        "System.Numerics.IBinaryFloatingPointIeee754`1", "System.Numerics.IBinaryInteger`1",
        "System.Numerics.IBinaryNumber`1", "System.Numerics.IBitwiseOperators`3", "System.Numerics.IComparisonOperators`3",
        "System.Numerics.IDecrementOperators`1", "System.Numerics.IDivisionOperators`3",
        "System.Numerics.IEqualityOperators`3", "System.Numerics.IExponentialFunctions`1",
        "System.Numerics.IFloatingPoint`1", "System.Numerics.IFloatingPointConstants`1",
        "System.Numerics.IFloatingPointIeee754`1", "System.Numerics.IHyperbolicFunctions`1",
        "System.Numerics.IIncrementOperators`1", "System.Numerics.ILogarithmicFunctions`1",
        "System.Numerics.IMinMaxValue`1", "System.Numerics.IModulusOperators`3", "System.Numerics.IMultiplicativeIdentity`2",
        "System.Numerics.IMultiplyOperators`3", "System.Numerics.INumber`1", "System.Numerics.INumberBase`1",
        "System.Numerics.IPowerFunctions`1", "System.Numerics.IRootFunctions`1", "System.Numerics.IShiftOperators`3",
        "System.Numerics.ISignedNumber`1", "System.Numerics.ISubtractionOperators`3",
        "System.Numerics.ITrigonometricFunctions`1", "System.Numerics.IUnaryNegationOperators`2",
        "System.Numerics.IUnaryPlusOperators`2", "System.Numerics.IUnsignedNumber`1",
    ]);

    /// <summary>ScriptGen's script surface in the runtime assembly, by metadata name.</summary>
    private static readonly FrozenSet<string> s_scriptGenTypes = FrozenSet.ToFrozenSet(
    [
        // The script and its attributes.
        "ScriptGen.Script", "ScriptGen.StrategyScript", "ScriptGen.IndicatorScript",
        "ScriptGen.StrategyAttribute", "ScriptGen.IndicatorAttribute", "ScriptGen.InputAttribute", "ScriptGen.VaripAttribute",

        // Imports: the inputs records' interface, and an imported indicator's plots.
        "ScriptGen.IScriptInputs`1", "ScriptGen.PlotSeries",

        // Series and bar values.
        "ScriptGen.Series`1", "ScriptGen.PriceSeries", "ScriptGen.TimeSeries", "ScriptGen.BarIndexSeries",
        "ScriptGen.CalendarSeries", "ScriptGen.CalendarField", "ScriptGen.PriceSource",

        // Values the facades take and return.
        "ScriptGen.Color", "ScriptGen.Direction", "ScriptGen.AllowedDirection", "ScriptGen.OcaType", "ScriptGen.SymbolInfo", "ScriptGen.Timeframe",
        "ScriptGen.TimeframeUnit", "ScriptGen.AlertFrequency", "ScriptGen.SymbolKind", "ScriptGen.SymbolKindDefaults", "ScriptGen.TradingSession",
        "ScriptGen.SessionRange", "ScriptGen.SessionSchedule",
        "ScriptGen.Trade", "ScriptGen.TradeList",

        // The chart's ids and constant style arguments.
        "ScriptGen.PlotId", "ScriptGen.HLineId", "ScriptGen.PlotStyle", "ScriptGen.ShapeStyle", "ScriptGen.ShapeLocation",
        "ScriptGen.ShapeSize", "ScriptGen.HLineStyle", "ScriptGen.BarColorTarget",

        // The script's own description (GetMetadata(), the generated Metadata).
        "ScriptGen.ScriptMetadata", "ScriptGen.InputMetadata", "ScriptGen.PlotMetadata", "ScriptGen.StrategySettings",
        "ScriptGen.ShapeMetadata", "ScriptGen.CandleMetadata", "ScriptGen.HLineMetadata", "ScriptGen.FillMetadata", "ScriptGen.BarColorMetadata",
        "ScriptGen.ScriptKind", "ScriptGen.InputType", "ScriptGen.InputOrigin", "ScriptGen.QuantityType",
        "ScriptGen.CommissionType", "ScriptGen.CloseEntriesRule",

        // Exceptions a script may throw (and catch: none is a base of ScriptLimitExceededException but the first,
        // whose catch clauses are refused separately).
        "ScriptGen.ScriptEngineException", "ScriptGen.ScriptRuntimeException", "ScriptGen.InputValidationException",
        "ScriptGen.NamespaceException", "ScriptGen.SessionFormatException",

        // The facades and the namespaces behind them.
        "ScriptGen.Namespaces.PineTa", "ScriptGen.Namespaces.PineMath", "ScriptGen.Namespaces.PineInput",
        "ScriptGen.Namespaces.PineChart", "ScriptGen.Namespaces.PineStrategy", "ScriptGen.Namespaces.TaNamespace",
        "ScriptGen.Namespaces.MathNamespace", "ScriptGen.Namespaces.InputNamespace", "ScriptGen.Namespaces.ChartNamespace",
        "ScriptGen.Namespaces.ColorNamespace", "ScriptGen.Namespaces.StrategyNamespace", "ScriptGen.Namespaces.PineTimeframe",
        "ScriptGen.Namespaces.PineBarState", "ScriptGen.Namespaces.PineStr", "ScriptGen.Namespaces.PineFormat",
        "ScriptGen.Namespaces.PineSession", "ScriptGen.Namespaces.PineStrategyRisk",
    ]);

    /// <summary>Runtime namespaces whose every public type is allowed: ta states and batch functions, trading models.</summary>
    private static readonly FrozenSet<string> s_scriptGenNamespaces = FrozenSet.ToFrozenSet(
    [
        "ScriptGen.Ta", "ScriptGen.Trading.Models",
    ]);

    /// <summary>Attributes an untrusted script may apply (to its own declarations, never to the assembly or module).</summary>
    private static readonly FrozenSet<string> s_attributes = FrozenSet.ToFrozenSet(
    [
        "ScriptGen.StrategyAttribute", "ScriptGen.IndicatorAttribute", "ScriptGen.InputAttribute", "ScriptGen.VaripAttribute",
        "System.ObsoleteAttribute", "System.FlagsAttribute",
        "System.Diagnostics.CodeAnalysis.AllowNullAttribute", "System.Diagnostics.CodeAnalysis.DisallowNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullAttribute", "System.Diagnostics.CodeAnalysis.NotNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute", "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute", "System.Diagnostics.CodeAnalysis.MemberNotNullAttribute",
        "System.Diagnostics.CodeAnalysis.MemberNotNullWhenAttribute", "System.Diagnostics.CodeAnalysis.DoesNotReturnAttribute",
        "System.Diagnostics.CodeAnalysis.DoesNotReturnIfAttribute", "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
        "System.Runtime.CompilerServices.CallerMemberNameAttribute", "System.Runtime.CompilerServices.CallerLineNumberAttribute",
        "System.Runtime.CompilerServices.CallerFilePathAttribute", "System.Runtime.CompilerServices.CallerArgumentExpressionAttribute",
    ]);

    /// <summary>Members refused on types that are otherwise allowed, by the type's metadata name.</summary>
    private static readonly FrozenDictionary<string, MemberRule[]> s_memberRules = new Dictionary<string, MemberRule[]>
    {
        ["System.Object"] = [new("GetType", UntrustedDiagnostics.Reflection)],
        ["System.Exception"] = [new("GetType", UntrustedDiagnostics.Reflection)],
        ["System.Delegate"] = [new("DynamicInvoke", UntrustedDiagnostics.Reflection)],
        ["System.String"] =
        [
            // The intern pool is process-wide and never shrinks.
            new("Intern", UntrustedDiagnostics.ProcessAndEnvironment),
            new("IsInterned", UntrustedDiagnostics.ProcessAndEnvironment),
        ],
        ["System.Random"] =
        [
            new(".ctor", UntrustedDiagnostics.Nondeterministic, ParameterCount: 0),
            new("Shared", UntrustedDiagnostics.Nondeterministic),
        ],
        ["System.DateTime"] =
        [
            new("Now", UntrustedDiagnostics.Nondeterministic), new("UtcNow", UntrustedDiagnostics.Nondeterministic),
            new("Today", UntrustedDiagnostics.Nondeterministic), new("ToLocalTime", UntrustedDiagnostics.Nondeterministic),
            new("ToUniversalTime", UntrustedDiagnostics.Nondeterministic),
        ],
        ["System.DateTimeOffset"] =
        [
            new("Now", UntrustedDiagnostics.Nondeterministic), new("UtcNow", UntrustedDiagnostics.Nondeterministic),
            new("LocalDateTime", UntrustedDiagnostics.Nondeterministic), new("ToLocalTime", UntrustedDiagnostics.Nondeterministic),
        ],
        ["System.Globalization.CultureInfo"] =
        [
            // The thread's and the process's cultures can be writable objects the host formats with.
            new("CurrentCulture", UntrustedDiagnostics.ProcessAndEnvironment),
            new("CurrentUICulture", UntrustedDiagnostics.ProcessAndEnvironment),
            new("DefaultThreadCurrentCulture", UntrustedDiagnostics.ProcessAndEnvironment),
            new("DefaultThreadCurrentUICulture", UntrustedDiagnostics.ProcessAndEnvironment),
            new("InstalledUICulture", UntrustedDiagnostics.ProcessAndEnvironment),
            new("ClearCachedData", UntrustedDiagnostics.ProcessAndEnvironment),
        ],
        ["System.Globalization.NumberFormatInfo"] = [new("CurrentInfo", UntrustedDiagnostics.ProcessAndEnvironment)],
        ["System.Globalization.DateTimeFormatInfo"] = [new("CurrentInfo", UntrustedDiagnostics.ProcessAndEnvironment)],
    }.ToFrozenDictionary();

    private readonly FrozenSet<(string Assembly, string Type)> _extraTypes;

    /// <summary>The allow-list plus <paramref name="extraTypes"/> (with all their public members and nested types).</summary>
    public UntrustedAllowList(IEnumerable<Type>? extraTypes = null)
    {
        _extraTypes = (extraTypes ?? [])
            .Select(type => type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type)
            .Select(type => (type.Assembly.GetName().Name ?? string.Empty, type.FullName ?? type.Name))
            .ToFrozenSet();
    }

    /// <summary>Whether the definition of a type from a referenced assembly (not nested) is allowed.</summary>
    public bool IsAllowedTopLevelType(string assembly, string metadataName, string containingNamespace)
    {
        if (_extraTypes.Contains((assembly, metadataName)))
        {
            return true;
        }

        if (assembly == ScriptGenAssembly)
        {
            return s_scriptGenTypes.Contains(metadataName) || s_scriptGenNamespaces.Contains(containingNamespace);
        }

        return s_frameworkTypes.Contains(metadataName);
    }

    /// <summary>Whether an extra (host) type is this one; such types' nested types are allowed too.</summary>
    public bool IsExtraType(string assembly, string metadataName) => _extraTypes.Contains((assembly, metadataName));

    /// <summary>Whether an attribute class may be applied.</summary>
    public bool IsAllowedAttribute(string assembly, string metadataName) =>
        s_attributes.Contains(metadataName) || _extraTypes.Contains((assembly, metadataName));

    /// <summary>The descriptor refusing <paramref name="member"/> of an allowed type, if a rule refuses it.</summary>
    public static DiagnosticDescriptor? RefusedMember(string containingTypeMetadataName, ISymbol member)
    {
        if (!s_memberRules.TryGetValue(containingTypeMetadataName, out MemberRule[]? rules))
        {
            return null;
        }

        int? parameterCount = member switch
        {
            IMethodSymbol method => method.Parameters.Length,
            IPropertySymbol property => property.Parameters.Length,
            _ => null,
        };
        foreach (MemberRule rule in rules)
        {
            if (rule.Name == member.Name && (rule.ParameterCount is null || rule.ParameterCount == parameterCount))
            {
                return rule.Descriptor;
            }
        }

        return null;
    }

    /// <summary>
    /// The class a refused type belongs to, from its namespace and name: I/O, network, process, threads,
    /// reflection, interop, dynamic, the engine, the clock, or the general SG0700.
    /// </summary>
    public static DiagnosticDescriptor Classify(string assembly, string containingNamespace, string metadataName)
    {
        if (assembly == ScriptGenAssembly)
        {
            return UntrustedDiagnostics.EngineApi;
        }

        static bool In(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

        return metadataName switch
        {
            "System.Type" or "System.Activator" or "System.RuntimeTypeHandle" or "System.RuntimeMethodHandle"
                or "System.RuntimeFieldHandle" or "System.ModuleHandle" or "System.Linq.Queryable"
                or "System.Linq.IQueryable" or "System.Linq.IQueryable`1" or "System.Linq.IOrderedQueryable`1"
                or "System.Linq.EnumerableQuery`1" or "System.Runtime.CompilerServices.RuntimeHelpers"
                or "System.Runtime.CompilerServices.FormattableStringFactory" => UntrustedDiagnostics.Reflection,
            "System.Environment" or "System.AppDomain" or "System.AppContext" or "System.GC" or "System.GCMemoryInfo"
                or "System.Console" or "System.ConsoleKey" or "System.ConsoleColor" => UntrustedDiagnostics.ProcessAndEnvironment,
            "System.Linq.ParallelEnumerable" or "System.Linq.ParallelQuery" or "System.Linq.ParallelQuery`1"
                or "System.Linq.OrderedParallelQuery`1" or "System.Lazy`1" or "System.Lazy`2"
                or "System.OperationCanceledException" => UntrustedDiagnostics.Threading,
            "System.Runtime.CompilerServices.Unsafe" => UntrustedDiagnostics.Interop,
            "System.TypedReference" or "System.ArgIterator" or "System.RuntimeArgumentHandle" => UntrustedDiagnostics.UnsafeCode,
            "System.TimeZoneInfo" or "System.TimeProvider" => UntrustedDiagnostics.Nondeterministic,
            _ when In(containingNamespace, "System.IO") => UntrustedDiagnostics.FileSystem,
            _ when In(containingNamespace, "System.Net") => UntrustedDiagnostics.Network,
            _ when In(containingNamespace, "System.Threading") || In(containingNamespace, "System.Timers")
                => UntrustedDiagnostics.Threading,
            _ when In(containingNamespace, "System.Reflection") || In(containingNamespace, "System.Linq.Expressions")
                || In(containingNamespace, "System.Runtime.Loader") || In(containingNamespace, "System.Runtime.Serialization")
                => UntrustedDiagnostics.Reflection,
            _ when In(containingNamespace, "System.Runtime.InteropServices") || In(containingNamespace, "Microsoft.Win32.SafeHandles")
                => UntrustedDiagnostics.Interop,
            _ when In(containingNamespace, "System.Dynamic") || In(containingNamespace, "Microsoft.CSharp")
                => UntrustedDiagnostics.Dynamic,
            _ when In(containingNamespace, "Microsoft.Win32") => UntrustedDiagnostics.FileSystem,
            _ when In(containingNamespace, "System.Diagnostics") || containingNamespace == "System.Runtime"
                => UntrustedDiagnostics.ProcessAndEnvironment,
            _ => UntrustedDiagnostics.ApiNotAllowed,
        };
    }

    private readonly record struct MemberRule(string Name, DiagnosticDescriptor Descriptor, int? ParameterCount = null);
}
