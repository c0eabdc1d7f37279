using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Diagnostics;

/// <summary>Every diagnostic ScriptGen reports. IDs are stable; docs/diagnostics.md explains each with examples.</summary>
internal static class DiagnosticDescriptors
{
    private const string Scripts = "ScriptGen.Scripts";
    private const string Inputs = "ScriptGen.Inputs";
    private const string CallSites = "ScriptGen.CallSites";
    private const string Imports = "ScriptGen.Imports";
    private const string Pine = "ScriptGen.Pine";

    public static readonly DiagnosticDescriptor ScriptNotPartial = Error(
        DiagnosticIds.ScriptNotPartial, Scripts, "Script class must be partial",
        "Script class '{0}' must be declared partial: the generator completes it with its metadata, inputs and bar loop");

    public static readonly DiagnosticDescriptor ScriptShapeInvalid = Error(
        "SG0002", Scripts, "Script class has an unsupported shape",
        "Script class '{0}' {1}; a script is a top-level, non-generic, non-static, non-abstract class");

    public static readonly DiagnosticDescriptor BothStrategyAndIndicator = Error(
        "SG0003", Scripts, "Script is both a strategy and an indicator",
        "Script class '{0}' is marked both [Strategy] and [Indicator]; keep one");

    public static readonly DiagnosticDescriptor ScriptBaseClassMismatch = Error(
        "SG0004", Scripts, "Script class declares the wrong base class",
        "Script class '{0}' derives from '{1}', but a [{2}] script derives from {3}; remove the base class and the generator adds it");

    public static readonly DiagnosticDescriptor InvalidScriptSetting = Error(
        "SG0005", Scripts, "Invalid script setting",
        "{0} of script '{1}' is {2}; it must be {3}");

    public static readonly DiagnosticDescriptor MissingParameterlessConstructor = Error(
        "SG0006", Scripts, "Script class has no parameterless constructor",
        "Script class '{0}' needs an accessible parameterless constructor: the generated factory creates instances with 'new {0} {{ ... }}'");

    public static readonly DiagnosticDescriptor GeneratedMemberNameTaken = Error(
        "SG0007", Scripts, "Script member named like a generated member",
        "Script class '{0}' declares a member named '{1}', a name the generated part of the class uses; rename the member");

    public static readonly DiagnosticDescriptor ScriptAttributeMissing = Error(
        DiagnosticIds.ScriptAttributeMissing, Scripts, "Class written as a script is not marked [Strategy] or [Indicator]",
        "Class '{0}' {1} but is not marked [Strategy] or [Indicator], so nothing completes it as a script; add [Strategy(\"{0}\")] or [Indicator(\"{0}\")] and make it partial");

    public static readonly DiagnosticDescriptor UnknownScriptSetting = Error(
        "SG0009", Scripts, "Unknown script setting",
        "'{0}' is not a setting of [{1}]{2}; its settings are {3}");

    public static readonly DiagnosticDescriptor InputDefaultNotConstant = Error(
        "SG0010", Inputs, "Input default is not a compile-time constant",
        "Input '{0}' needs a compile-time constant default{1}");

    public static readonly DiagnosticDescriptor InputDefaultOutOfBounds = Error(
        "SG0011", Inputs, "Input default is outside its bounds",
        "The default {1} of input '{0}' is outside its bounds ({2})");

    public static readonly DiagnosticDescriptor DuplicateInputName = Error(
        "SG0012", Inputs, "Input declared twice",
        "Input '{0}' is declared more than once; each input needs its own member");

    public static readonly DiagnosticDescriptor UnsupportedInputType = Error(
        "SG0013", Inputs, "Unsupported input type",
        "Input '{0}' has type '{1}'; inputs are int, double, bool or string");

    public static readonly DiagnosticDescriptor InputMemberNotSettable = Error(
        "SG0014", Inputs, "Input member cannot be set",
        "Input '{0}' must be a settable instance field or property (a set or init accessor; not readonly, const or static)");

    public static readonly DiagnosticDescriptor InputCallOutsideSetup = Error(
        DiagnosticIds.InputCallOutsideSetup, Inputs, "input.* call outside Setup()",
        "'{0}' is called in {1}; input.* calls belong in 'protected override void Setup()', which runs once before the first bar");

    public static readonly DiagnosticDescriptor InputCallNotAssigned = Error(
        "SG0016", Inputs, "input.* call not assigned to a member",
        "'{0}' must be assigned directly to a field or property of the script, as a statement of Setup()'s body (not inside a condition, loop or larger expression): that member names the input");

    public static readonly DiagnosticDescriptor InputArgumentNotConstant = Error(
        "SG0017", Inputs, "input.* argument is not a compile-time constant",
        "Argument '{1}' of '{0}' must be a compile-time constant");

    public static readonly DiagnosticDescriptor InputBoundsInverted = Error(
        "SG0018", Inputs, "Input minimum above maximum",
        "Input '{0}' has a minimum ({1}) above its maximum ({2})");

    public static readonly DiagnosticDescriptor InputOutsideScriptDeclaration = Error(
        "SG0019", Inputs, "Input declared outside the script's attributed declaration",
        "Input '{0}' is declared in another part of the partial class; declare inputs in the part marked [Strategy] or [Indicator]");

    public static readonly DiagnosticDescriptor CallSiteInLoop = Error(
        "SG0020", CallSites, "Namespace call inside a loop, lambda or local function",
        "'{0}' cannot be called inside a {1}: its call site keeps one state that repeated calls in a bar would share; compute it outside the {1}");

    public static readonly DiagnosticDescriptor CallSiteInSharedHelper = Error(
        "SG0021", CallSites, "Namespace call in a helper called from several places",
        "'{0}' is in '{1}', which {2}; every run would share this call site's state, so call '{1}' once per bar or move the call into Process()");

    public static readonly DiagnosticDescriptor CallSiteReceiverNotScriptMember = Error(
        "SG0022", CallSites, "Namespace call not on the script's own member",
        "'{0}' must be called on the script's own '{1}' member (for example '{1}.{2}(...)') so that its state belongs to this script");

    public static readonly DiagnosticDescriptor CallSiteOutsideScript = Error(
        "SG0023", CallSites, "Namespace call outside a script",
        "'{0}' is called outside a [Strategy] or [Indicator] class declaration; namespace calls that keep call-site state (ta, input, chart, math.Sum) only work in a script's own declaration");

    public static readonly DiagnosticDescriptor ChartTitleNotConstant = Error(
        "SG0030", CallSites, "Plot title is not a compile-time constant",
        "The title of '{0}' must be a compile-time constant string: each call site is one element of the chart, named at compile time");

    public static readonly DiagnosticDescriptor ChartArgumentNotConstant = Error(
        "SG0031", CallSites, "Chart style argument is not a compile-time constant",
        "Argument '{1}' of '{0}' must be a compile-time constant: it is part of how the call site is drawn, which the script's metadata records at compile time; only the series and the color may change from bar to bar");

    public static readonly DiagnosticDescriptor ChartArgumentOutOfRange = Error(
        "SG0032", CallSites, "Chart style argument out of range",
        "Argument '{1}' of '{0}' is {2}; it must be {3}");

    public static readonly DiagnosticDescriptor SeriesFieldNotInitialized = Error(
        "SG0040", Scripts, "Series member without initializer",
        "Series '{0}' needs an initializer ('= new()'): the runtime advances it every bar");

    public static readonly DiagnosticDescriptor SeriesMemberNotAdvanceable = Error(
        "SG0041", Scripts, "Series member the bar loop cannot advance",
        "Series '{0}' {1}; the bar loop advances Series<T> instance fields and get-only auto-properties");

    public static readonly DiagnosticDescriptor NotRollbackable = Error(
        "SG0042", Scripts, "Strategy state CalcOnOrderFills cannot roll back",
        "Strategy '{0}' sets CalcOnOrderFills, which re-runs Process() after each fill and first puts every field back to its value at the bar's start, but {1}. Use a value type, a string or Series<T>, or mark it [Varip] to keep the re-runs' changes.");

    public static readonly DiagnosticDescriptor ScriptMethodSignature = Error(
        "SG0043", Scripts, "Script method with the wrong signature",
        "'{0}' {1}; a script's {2} is 'protected override void {2}()', which {3}");

    public static readonly DiagnosticDescriptor DuplicateInputTitle = Warning(
        "SG0060", Inputs, "Two inputs with the same title",
        "Inputs '{0}' and '{1}' are both titled \"{2}\", so a settings list shows two rows no one can tell apart; give each input its own title");

    public static readonly DiagnosticDescriptor IntegerDivision = Warning(
        DiagnosticIds.IntegerDivision, Pine, "Integer division where Pine divides as floats",
        "'{0}' divides integers, which C# truncates, and uses the result as a fraction; Pine v5 divides non-constant integers as floats. Write '{1}' for Pine's result, or '(int)({0})' to keep the truncation");

    public static readonly DiagnosticDescriptor InvalidTimeframe = Error(
        "SG0064", Pine, "Timeframe string is not a Pine timeframe",
        "\"{0}\" is not a Pine timeframe: {1}. Pine timeframes are a multiplier and a unit: \"15\" (minutes), \"60\", \"240\", \"1S\", \"D\", \"3D\", \"W\", \"M\", \"12M\"; empty for the bars' own");

    public static readonly DiagnosticDescriptor InvalidSession = Error(
        "SG0065", Pine, "Session string is not a Pine session",
        "{0} Empty means the symbol's own session");

    public static readonly DiagnosticDescriptor CallSiteNotEveryBar = Warning(
        DiagnosticIds.CallSiteNotEveryBar, CallSites, "ta call that does not run on every bar",
        "'{0}' is called in {1}, so its state advances only on the bars that reach it and its history skips the others (Pine warns the same); call it on every bar before the condition, keep the result in a variable and use that inside");

    public static readonly DiagnosticDescriptor HelperCallSiteNotEveryBar = Warning(
        DiagnosticIds.HelperCallSiteNotEveryBar, CallSites, "Helper holding a ta call that does not run on every bar",
        "'{0}' holds '{1}' and is called in {2}, so that state advances only on the bars that reach it (Pine warns the same); call '{0}' on every bar before the condition, keep the result in a variable and use that inside");

    public static readonly DiagnosticDescriptor ImportOutsideSetup = Error(
        "SG0050", Imports, "Import(...) outside Setup()",
        "Import of '{0}' is called in {1}; imports are set up once, before the first bar: call Import in Setup() and keep the indicator in a field");

    public static readonly DiagnosticDescriptor ImportNotAssigned = Error(
        "SG0051", Imports, "Import(...) not assigned to a member",
        "Import of '{0}' must be assigned to a field or property of the script, as a statement of Setup(), for example '_rsi = Import(new Rsi.Inputs {{ Length = 14 }});'");

    public static readonly DiagnosticDescriptor ImportTargetNotIndicator = Error(
        "SG0052", Imports, "Imported type is not an indicator script",
        "'{0}' is not an indicator script: Import takes a class marked [Indicator], in this project or a referenced one");

    public static readonly DiagnosticDescriptor ImportOfStrategy = Error(
        "SG0053", Imports, "Imported script is a strategy",
        "'{0}' is a strategy; only indicators can be imported. Move the calculation the scripts share into an [Indicator] and import that");

    public static readonly DiagnosticDescriptor ImportUnknownInput = Error(
        "SG0054", Imports, "Import sets an input the indicator does not have",
        "Indicator '{0}' has no input '{1}'; its inputs are: {2}");

    public static readonly DiagnosticDescriptor ImportInputWrongType = Error(
        "SG0055", Imports, "Import gives an input a value of the wrong type",
        "Input '{1}' of '{0}' is {2}; the value given is {3}");

    public static readonly DiagnosticDescriptor ImportCycle = Error(
        "SG0056", Imports, "Scripts import each other in a cycle",
        "Script '{0}' is part of an import cycle: {1}. An imported indicator runs before the script that imports it, so a cycle has no first script; remove one of the imports");

    public static readonly DiagnosticDescriptor ImportInputOutOfRange = Error(
        "SG0057", Imports, "Import gives an input a value out of its bounds",
        "Input '{1}' of '{0}' must be {2}; the value given is {3}");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "SG9001", Scripts, "ScriptGen generator failure",
        "ScriptGen could not generate '{0}': {1}. This is a bug in ScriptGen; please report it with the script");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    /// <summary>All descriptors.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
