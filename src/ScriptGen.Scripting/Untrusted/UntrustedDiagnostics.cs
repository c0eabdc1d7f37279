using Microsoft.CodeAnalysis;

namespace ScriptGen.Scripting.Untrusted;

/// <summary>
/// The errors the engine reports on untrusted script text (<see cref="ScriptTrust.Untrusted"/>): one ID
/// per class of refusal, in the SG07xx range. Only the engine creates them (the generator never does),
/// so they live here rather than with the generator's SG00xx descriptors. Every message names what was
/// refused, says why, what to use instead, and that the host can compile the text as trusted.
/// docs/untrusted-scripts.md lists them with an example each.
/// </summary>
// RS2008 (analyzer release tracking) is for analyzers' rules; these are the engine's own errors, never
// reported by an analyzer, documented in docs/untrusted-scripts.md.
#pragma warning disable RS2008
internal static class UntrustedDiagnostics
{
    /// <summary>The category of every untrusted-script diagnostic.</summary>
    public const string Category = "ScriptGen.Untrusted";

    private const string OrTrusted = " (or, if the text is the host's own, the host can compile it as trusted)";

    /// <summary>SG0700: an API outside the allow-list that no more specific class covers.</summary>
    public static readonly DiagnosticDescriptor ApiNotAllowed = Error(
        "SG0700", "API not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: it is not on the allow-list (ScriptGen's script surface, " +
        "math, strings and formatting, collections, LINQ, dates and times). Use an allowed API, or have the host " +
        "add the type to the allow-list" + OrTrusted);

    /// <summary>SG0701: files, streams and the file system.</summary>
    public static readonly DiagnosticDescriptor FileSystem = Error(
        "SG0701", "Files and I/O are not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: untrusted scripts may not read or write files, streams or " +
        "the registry. A script reads its data from its bars and its inputs" + OrTrusted);

    /// <summary>SG0702: the network.</summary>
    public static readonly DiagnosticDescriptor Network = Error(
        "SG0702", "The network is not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: untrusted scripts may not use the network. A script reads " +
        "its data from its bars and its inputs" + OrTrusted);

    /// <summary>SG0703: the host's process, environment, console, garbage collector and process-wide settings.</summary>
    public static readonly DiagnosticDescriptor ProcessAndEnvironment = Error(
        "SG0703", "The host's process and environment are not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: untrusted scripts may not reach the host's process, " +
        "environment, console, debugger, garbage collector, or process-wide and thread-wide settings such as the " +
        "current culture. Format with CultureInfo.InvariantCulture; report values with chart.Plot" + OrTrusted);

    /// <summary>SG0704: threads, tasks, timers, locks and parallel LINQ.</summary>
    public static readonly DiagnosticDescriptor Threading = Error(
        "SG0704", "Threads and synchronization are not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: untrusted scripts may not start threads, tasks or timers, " +
        "wait, or lock. A script runs on the run's thread, one bar at a time, where its budget applies" + OrTrusted);

    /// <summary>SG0705: async methods and await.</summary>
    public static readonly DiagnosticDescriptor Async = Error(
        "SG0705", "async and await are not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: async code continues on other threads, outside the run's " +
        "budget, and an async void method's exception ends the process. Write synchronous code" + OrTrusted);

    /// <summary>SG0706: reflection, code loading, typeof, GetType, expression trees.</summary>
    public static readonly DiagnosticDescriptor Reflection = Error(
        "SG0706", "Reflection is not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: reflection (System.Type, typeof, GetType(), Activator, " +
        "assemblies, expression trees, dynamic invocation) reaches any API and would bypass this check. Use the " +
        "types directly" + OrTrusted);

    /// <summary>SG0707: native code and raw memory: P/Invoke, extern, Marshal, Unsafe.</summary>
    public static readonly DiagnosticDescriptor Interop = Error(
        "SG0707", "Native interop is not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: untrusted scripts may not call native code or read and " +
        "write raw memory (P/Invoke, extern, Marshal, MemoryMarshal, Unsafe). Use arrays, Span<T> and the math " +
        "functions" + OrTrusted);

    /// <summary>SG0708: unsafe code, pointers, stackalloc and the undocumented argument keywords.</summary>
    public static readonly DiagnosticDescriptor UnsafeCode = Error(
        "SG0708", "Unsafe code is not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: unsafe code, pointers, function pointers, fixed, stackalloc " +
        "(a large one overflows the stack, which ends the process) and __arglist/__makeref/__refvalue/__reftype " +
        "can corrupt memory. Use arrays and Span<T>" + OrTrusted);

    /// <summary>SG0709: dynamic.</summary>
    public static readonly DiagnosticDescriptor Dynamic = Error(
        "SG0709", "dynamic is not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: dynamic binds members at run time, where this check cannot " +
        "see them. Use static types" + OrTrusted);

    /// <summary>SG0710: an attribute outside the short allow-list, or any assembly or module attribute.</summary>
    public static readonly DiagnosticDescriptor Attribute = Error(
        "SG0710", "Attribute not allowed in an untrusted script",
        "Attribute '{0}' is not allowed in an untrusted script: only ScriptGen's [Strategy], [Indicator], [Input] " +
        "and [Varip], and attributes that only inform the compiler ([Obsolete], [Flags], nullable-analysis and " +
        "caller-info attributes) may be used, and none on the assembly or module. Attributes such as " +
        "[ModuleInitializer], [DllImport] or [InterceptsLocation] would run or redirect code outside the check" + OrTrusted);

    /// <summary>SG0711: a reserved namespace or identifier.</summary>
    public static readonly DiagnosticDescriptor ReservedName = Error(
        "SG0711", "Reserved name in an untrusted script",
        "'{0}' is reserved in an untrusted script: {1}" + OrTrusted);

    /// <summary>SG0712: a catch clause that could catch the exceptions that stop a run.</summary>
    public static readonly DiagnosticDescriptor CatchClause = Error(
        "SG0712", "Catch clause could catch the run's limit or cancellation",
        "'{0}' is not allowed in an untrusted script: it could catch ScriptLimitExceededException or " +
        "OperationCanceledException, which stop a run that exceeds its limits or is cancelled. Catch a specific " +
        "exception type that is neither, such as ArgumentException, FormatException or InvalidOperationException" + OrTrusted);

    /// <summary>SG0713: code the host would run outside the run's budget (finalizers, exception classes).</summary>
    public static readonly DiagnosticDescriptor OutsideBudget = Error(
        "SG0713", "Code that would run outside the run's budget",
        "'{0}' is not allowed in an untrusted script: {1}" + OrTrusted);

    /// <summary>SG0714: records, whose compiler-written members are not instrumented.</summary>
    public static readonly DiagnosticDescriptor Record = Error(
        "SG0714", "Records are not allowed in an untrusted script",
        "Record '{0}' is not allowed in an untrusted script: the Equals, GetHashCode and ToString the compiler " +
        "writes for a record are not instrumented, and a record that refers to itself recurses in them until the " +
        "stack overflows, which ends the process. Declare a class or a struct" + OrTrusted);

    /// <summary>SG0715: ScriptGen's engine rather than its script surface.</summary>
    public static readonly DiagnosticDescriptor EngineApi = Error(
        "SG0715", "ScriptGen engine API not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: it belongs to ScriptGen's engine (running scripts, loading " +
        "and writing data, the catalog, and the members the generator writes for the runtime), not to the script " +
        "surface. A script uses its bars, inputs, ta, math, chart, color, strategy and syminfo" + OrTrusted);

    /// <summary>SG0716: the host's clock, time zone or an unseeded random generator.</summary>
    public static readonly DiagnosticDescriptor Nondeterministic = Error(
        "SG0716", "Clock, local time zone and unseeded randomness are not allowed in an untrusted script",
        "'{0}' is not allowed in an untrusted script: it depends on when or where the run happens (the host's " +
        "clock, its time zones, an unseeded random generator), so a backtest would not repeat, and a clock is a " +
        "timer for side channels. Use the bar's time (time, hour, dayofweek, ...) and new Random(seed)" + OrTrusted);

    /// <summary>SG0717: a line break in a string ScriptGen's generator writes into the code it generates.</summary>
    public static readonly DiagnosticDescriptor LineBreakInGeneratedText = Error(
        "SG0717", "Line break in a string the generator writes into code",
        "'{0}' contains a line break, which is not allowed in an untrusted script: the titles, tooltips, groups and " +
        "other strings of [Strategy], [Indicator], [Input] and of the input.* and chart.* calls are written into the " +
        "generated code, which is not checked, and a line break there could end a comment and start code. Keep them " +
        "on one line" + OrTrusted);

    /// <summary>Every descriptor, for docs and tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        ApiNotAllowed, FileSystem, Network, ProcessAndEnvironment, Threading, Async, Reflection, Interop,
        UnsafeCode, Dynamic, Attribute, ReservedName, CatchClause, OutsideBudget, Record, EngineApi, Nondeterministic,
        LineBreakInGeneratedText,
    ];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            customTags: [WellKnownDiagnosticTags.NotConfigurable]);
}
