using Microsoft.CodeAnalysis;
using ScriptGen.Scripting.Untrusted;

namespace ScriptGen.Scripting.Tests.Untrusted;

/// <summary>
/// Each class of refusal: a short script using the refused thing is reported with the class's ID at the
/// exact line and column of the node (markers in <see cref="ProbeScript"/>), and nothing else is reported.
/// </summary>
public sealed class RefusalTests
{
    private static readonly Dictionary<string, ProbeScript> s_cases = new()
    {
        // SG0700: outside the allow-list.
        ["Regex"] = new(Body: "            bool match = /*SG0700*/System.Text.RegularExpressions.Regex.IsMatch(\"a\", \"a\");"),
        ["Guid"] = new(Body: "            string id = /*SG0700*/Guid.NewGuid().ToString();"),
        ["BigInteger"] = new(Body: "            var big = /*SG0700*/System.Numerics.BigInteger.Pow(10, 1000);"),
        ["ArrayPool"] = new(Body: "            double[] rented = /*SG0700*/System.Buffers.ArrayPool<double>.Shared.Rent(10);"),
        ["interpolated string handler"] = new(Body: "            string text = /*SG0700*/string.Create(CultureInfo.InvariantCulture, /*SG0700*/$\"{close}\");"),

        ["Namespace as a framework type"] = new(Body: "            /*SG0700*/Namespace<IDisposable>(\"custom\").Dispose();"),

        // SG0701: files and I/O.
        ["File.ReadAllText"] = new(Body: "            string text = /*SG0701*/System.IO.File.ReadAllText(\"secrets.txt\");"),
        ["StreamWriter"] = new(Body: "            using var writer = /*SG0701*/new System.IO.StreamWriter(\"out.txt\");"),
        ["Path"] = new(Body: "            string temp = /*SG0701*/System.IO.Path.GetTempPath();"),
        ["Directory via using"] = new(Usings: "using System.IO;", Body: "            string[] files = /*SG0701*/Directory.GetFiles(\"/\");"),

        // SG0702: network.
        ["HttpClient"] = new(Body: "            var client = /*SG0702*/new System.Net.Http.HttpClient();"),
        ["Dns"] = new(Body: "            var addresses = /*SG0702*/System.Net.Dns.GetHostAddresses(\"example.com\");"),

        // SG0703: process and environment.
        ["Environment.Exit"] = new(Body: "            /*SG0703*/Environment.Exit(1);"),
        ["Environment variable"] = new(Body: "            string? home = /*SG0703*/Environment.GetEnvironmentVariable(\"HOME\");"),
        ["Process.Start"] = new(Body: "            /*SG0703*/System.Diagnostics.Process.Start(\"sh\");"),
        ["Console"] = new(Body: "            /*SG0703*/Console.WriteLine(\"hi\");"),
        ["GC"] = new(Body: "            /*SG0703*/GC.Collect();"),
        ["AppContext"] = new(Body: "            /*SG0703*/AppContext.SetSwitch(\"x\", true);"),
        ["CurrentCulture"] = new(Body: "            var culture = /*SG0703*/CultureInfo.CurrentCulture;"),
        ["string.Intern"] = new(Body: "            string interned = /*SG0703*/string.Intern(\"x\");"),

        // SG0704: threads and synchronization.
        ["Thread"] = new(Body: "            /*SG0704*/new System.Threading.Thread(/*SG0704*/() => { }).Start();"),
        ["Task.Run"] = new(Body: "            /*SG0704*/System.Threading.Tasks.Task.Run(() => 1);"),
        ["Parallel"] = new(Body: "            /*SG0704*/System.Threading.Tasks.Parallel.For(0, 10, i => { });"),
        ["Thread.Sleep"] = new(Body: "            /*SG0704*/System.Threading.Thread.Sleep(1000);"),
        ["lock"] = new(Body: "            /*SG0704*/lock (this) { }"),
        ["AsParallel"] = new(Body: "            int total = /*SG0704*/new[] { 1, 2 }.AsParallel().Sum();"),

        // SG0705: async.
        ["async method"] = new(Members: "        /*SG0705*/async void Later() { }"),
        ["async lambda"] = new(Body: "            Func<int, int> f = /*SG0705*/async x => x;"),

        // SG0706: reflection.
        ["typeof"] = new(Body: "            object type = /*SG0706*/typeof(string);"),
        ["GetType"] = new(Body: "            object o = 1;\n            object type = /*SG0706*/o.GetType();"),
        ["Type declared"] = new(Body: "            /*SG0706*/Type? type = null;"),
        ["Activator"] = new(Body: "            object made = /*SG0706*/Activator.CreateInstance<Probe>();"),
        ["Assembly via typeof"] = new(Body: "            object assembly = /*SG0706*/typeof(int).Assembly;"),
        ["DynamicInvoke"] = new(Body: "            Func<int> f = () => 1;\n            object? r = /*SG0706*/f.DynamicInvoke();"),
        ["Delegate.Method"] = new(Body: "            Func<int> f = () => 1;\n            object m = /*SG0706*/f.Method;"),
        ["Expression tree"] = new(
            Body: "            /*SG0706*/Use(/*SG0706*/() => 1);",
            Members: "        static void Use(/*SG0706*/System.Linq.Expressions.Expression<Func<int>> e) { }"),
        ["AsQueryable"] = new(Body: "            var query = /*SG0706*/new List<int>().AsQueryable();"),

        // SG0707: native interop.
        ["Marshal"] = new(Body: "            nint memory = /*SG0707*/System.Runtime.InteropServices.Marshal.AllocHGlobal(100);"),
        ["Unsafe class"] = new(Body: "            object o = 1;\n            string s = /*SG0707*/System.Runtime.CompilerServices.Unsafe.As<string>(o);"),
        ["CollectionsMarshal"] = new(Body: "            Span<int> span = /*SG0707*/System.Runtime.InteropServices.CollectionsMarshal.AsSpan(new List<int>());"),
        ["DllImport extern"] = new(Members: "        [/*SG0710*/System.Runtime.InteropServices.DllImport(\"libc\")] static /*SG0707*/extern int getpid();"),

        // SG0708: unsafe code.
        ["unsafe block"] = new(Body: "            /*SG0708*/unsafe { }"),
        ["stackalloc"] = new(Body: "            Span<int> span = /*SG0708*/stackalloc int[16];"),
        ["__arglist"] = new(Members: "        static void Variadic(/*SG0708*/__arglist) { }"),
        ["__makeref"] = new(Body: "            int x = 1;\n            var reference = /*SG0708*/__makeref(x);"),
        ["pointer type"] = new(Members: "        /*SG0708*/unsafe static void Raw(/*SG0708*/int* p) { }"),

        // SG0709: dynamic.
        ["dynamic"] = new(Body: "            /*SG0709*/dynamic d = 1;"),

        // SG0710: attributes.
        ["ModuleInitializer"] = new(Members: "        [/*SG0710*/System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { }"),
        ["SkipLocalsInit"] = new(Members: "        [/*SG0710*/System.Runtime.CompilerServices.SkipLocalsInit] static void Fast() { }"),
        ["assembly attribute"] = new(Usings: "[assembly: /*SG0710*/System.Reflection.AssemblyTitle(\"x\")]"),
        ["module Obsolete"] = new(Usings: "[module: /*SG0710*/System.Obsolete]"),
        ["Conditional"] = new(Members: "        [/*SG0710*/System.Diagnostics.Conditional(\"DEBUG\")] static void Check() { }"),

        // SG0711: reserved names.
        ["namespace System"] = new(Types: "namespace /*SG0711*/System.Evil { class A { } }"),
        ["namespace ScriptGen.CompilerServices"] = new(Types: "namespace /*SG0711*/ScriptGen.CompilerServices { static class ScriptBudget { public static void Step() { } } }"),
        ["namespace ScriptGen.Generated"] = new(Types: "namespace /*SG0711*/ScriptGen.Generated { static class MyInterceptors { } }"),
        ["namespace ScriptGen"] = new(Types: "namespace /*SG0711*/ScriptGen { class Helper { } }"),
        ["namespace Microsoft"] = new(Types: "namespace /*SG0711*/Microsoft.Win32 { class Helper { } }"),
        ["__sg identifier"] = new(Body: "            int /*SG0711*/__sgLength0 = 1;"),

        // SG0712: catch clauses.
        ["catch all"] = new(Body: "            try { } /*SG0712*/catch { }"),
        ["catch Exception"] = new(Body: "            try { } catch (/*SG0712*/Exception) { }"),
        ["catch Exception filtered"] = new(Body: "            try { } catch (/*SG0712*/Exception e) when (e is ArgumentException) { }"),
        ["catch SystemException"] = new(Body: "            try { } catch (/*SG0712*/SystemException) { }"),
        ["catch OperationCanceledException"] = new(Body: "            try { } catch (/*SG0712*/OperationCanceledException) { }"),
        ["catch ScriptEngineException"] = new(Body: "            try { } catch (/*SG0712*/ScriptEngineException) { }"),
        ["catch ScriptLimitExceededException"] = new(Body: "            try { } catch (/*SG0712*/ScriptLimitExceededException) { }"),
        ["catch type parameter"] = new(Members: "        static void Swallow<T>() where T : Exception { try { } catch (/*SG0712*/T) { } }"),

        // SG0713: code the host would run outside the budget.
        ["finalizer"] = new(Members: "        /*SG0713*/~Probe() { }"),
        ["exception class"] = new(Types: "class MyError : /*SG0713*/InvalidOperationException { public override string Message => \"x\"; }"),

        // SG0714: records.
        ["record"] = new(Types: "/*SG0714*/record Point(double X, double Y);"),
        ["record struct"] = new(Types: "/*SG0714*/record struct Pair(int A, int B);"),

        // SG0715: ScriptGen's engine.
        ["RuntimeEnvironment"] = new(Body: "            var engine = /*SG0715*/new RuntimeEnvironment();"),
        ["BarCsv"] = new(Body: "            var bars = /*SG0715*/BarCsv.Read(\"bars.csv\");"),
        ["ScriptCatalog"] = new(Body: "            int count = /*SG0715*/ScriptCatalog.All.Count;"),
        ["ScriptBudget"] = new(Body: "            /*SG0715*/ScriptGen.CompilerServices.ScriptBudget.Step();"),
        ["BeginBar"] = new(Body: "            /*SG0715*/BeginBar(1_000_000);"),
        ["generated RunBars"] = new(Body: "            /*SG0715*/RunBars(0, 10);"),
        ["generated inline loop"] = new(
            Body: "            chart.Plot(ta.Sma(close, 5), \"SMA\");\n            Helper();", // a shared site: the loop has its two methods
            Members: "        void Helper() => /*SG0711*//*SG0715*/__sgRunBarsInline(0, 10);"), // a reserved name, and engine plumbing
        ["facade Namespace"] = new(Body: "            var implementation = /*SG0715*/ta.Namespace;"),
        ["Series.AttachToRun"] = new(
            Body: "            /*SG0715*/history.AttachToRun(\"h\", int.MaxValue);",
            Members: "        readonly Series<double> history = new();"),
        ["override of engine member"] = new(Types: "abstract class Helper : IndicatorScript { protected override void /*SG0715*/PrepareRunState() { } }"),
        ["generated catalog"] = new(Body: "            /*SG0715*/ScriptGen.Generated.GeneratedScriptCatalog.Register();"),

        // SG0717: line breaks in strings the generator writes into code.
        ["line break in plot title"] = new(Body: "            chart.Plot(close, /*SG0717*/\"two\\nlines\");"),
        ["line break in strategy title"] = new(Types: "namespace Other { [Strategy(/*SG0717*/\"a\\u2028b\")] public partial class S { protected override void Process() { } } }"),

        // SG0716: clock, time zone, unseeded randomness.
        ["DateTime.Now"] = new(Body: "            DateTime now = /*SG0716*/DateTime.Now;"),
        ["DateTimeOffset.UtcNow"] = new(Body: "            DateTimeOffset now = /*SG0716*/DateTimeOffset.UtcNow;"),
        ["Random unseeded"] = new(Body: "            var random = /*SG0716*/new Random();"),
        ["Random subclass"] = new(Types: "class Dice : /*SG0716*/Random { }"),
        ["Random.Shared"] = new(Body: "            int roll = /*SG0716*/Random.Shared.Next(6);"),
        ["TimeZoneInfo"] = new(Body: "            var zone = /*SG0716*/TimeZoneInfo.Local;"),
        ["syminfo.GetTimeZone"] = new(Body: "            var zone = /*SG0716*/syminfo.GetTimeZone();"),
    };

    /// <summary>
    /// The generator used to write an input's title into a /// comment of the generated Inputs record without
    /// escaping line breaks, so a title with one put the rest of the title into generated code, which is not
    /// checked: a static field reading a file, here. The generator now keeps the title on its comment's line
    /// (the injected member does not exist), and the check still refuses the line break, in case another
    /// place ever writes such a string into code.
    /// </summary>
    [Fact]
    public void A_line_break_in_a_title_cannot_inject_code_into_the_generated_part()
    {
        var probe = new ProbeScript(
            Members: "        [Input(/*SG0717*/\"Len\\n public static int Evil = System.IO.File.ReadAllText(\\\"/etc/hostname\\\").Length;\\n ///\")] public int Len { get; init; } = 3;",
            Body: "            chart.Plot(Inputs.Evil, \"Evil\");");

        CheckResult result = UntrustedHarness.Check(probe.Text);

        Diagnostic missing = Assert.Single(result.CompileErrors); // the title stayed in its comment: no member Evil
        Assert.Equal("CS0117", missing.Id);
        Assert.DoesNotContain(result.Compilation.SyntaxTrees, tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>().Any(v => v.Identifier.ValueText == "Evil"));
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG0717", probe.Expected[0].Line, probe.Expected[0].Column), (diagnostic.Id, UntrustedHarness.Position(diagnostic).Line, UntrustedHarness.Position(diagnostic).Column));
    }

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Refused_with_its_id_at_the_exact_place(string name)
    {
        ProbeScript probe = s_cases[name];
        CheckResult result = UntrustedHarness.Check(probe.Text);

        var actual = result.Diagnostics.Select(d => (d.Id, UntrustedHarness.Position(d).Line, UntrustedHarness.Position(d).Column)).ToList();
        Assert.True(
            probe.Expected.OrderBy(e => e).SequenceEqual(actual.OrderBy(a => a)),
            $"Expected {string.Join(", ", probe.Expected)}; got:{Environment.NewLine}{UntrustedHarness.Describe(result.Diagnostics)}");
        Assert.All(result.Diagnostics, diagnostic =>
        {
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(UntrustedDiagnostics.Category, diagnostic.Descriptor.Category);
            Assert.Contains("untrusted script", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("trusted", diagnostic.GetMessage(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_class_of_refusal_has_a_case()
    {
        HashSet<string> covered = [.. s_cases.Values.SelectMany(probe => probe.Expected.Select(e => e.Id))];
        Assert.All(UntrustedDiagnostics.All, descriptor => Assert.Contains(descriptor.Id, covered));
    }

    [Fact]
    public void Ids_are_unique_and_in_the_SG07xx_range()
    {
        Assert.Equal(UntrustedDiagnostics.All.Count, UntrustedDiagnostics.All.Select(d => d.Id).Distinct().Count());
        Assert.All(UntrustedDiagnostics.All, descriptor => Assert.Matches("^SG07[0-9]{2}$", descriptor.Id));
    }

    [Fact]
    public void The_message_names_the_api_with_its_signature()
    {
        CheckResult result = UntrustedHarness.Check(s_cases["File.ReadAllText"].Text);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.StartsWith("'System.IO.File.ReadAllText(string)' is not allowed in an untrusted script", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_call_is_reported_once_however_many_symbols_it_names()
    {
        // The invocation, the method group, the type and the namespace all name System.IO: one report.
        CheckResult result = UntrustedHarness.Check(new ProbeScript(
            Body: "            string text = System.IO.File.ReadAllText(System.IO.Path.Combine(\"a\", \"b\"));").Text);

        Assert.Equal(2, result.Diagnostics.Length); // ReadAllText, and Path.Combine in its argument.
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal("SG0701", diagnostic.Id));
    }

    [Fact]
    public void Every_drawing_call_with_its_ids_and_style_constants_is_allowed()
    {
        CheckResult result = UntrustedHarness.Check(new ProbeScript(Body: """
                        PlotId fast = chart.Plot(ta.Ema(close, 9), "EMA", color.Teal, lineWidth: 2, style: PlotStyle.StepLine);
                        PlotId slow = chart.Plot(ta.Ema(close, 21), "Slow", style: PlotStyle.Histogram, histBase: 1);
                        chart.Fill(fast, slow, color.New(color.Blue, 90), "Band");
                        HLineId top = chart.HLine(2, "Top", lineStyle: HLineStyle.Dotted), bottom = chart.HLine(1, "Bottom");
                        chart.Fill(top, bottom, color.New(color.Gray, 90));
                        chart.PlotShape(close > open, "Up", ShapeStyle.TriangleUp, ShapeLocation.BelowBar, color.Green, "up", ShapeSize.Small);
                        chart.PlotChar(close < open, "Down", "▼", ShapeLocation.AboveBar);
                        chart.PlotCandle(open, high, low, close, "Candles");
                        chart.PlotBar(open, high, low, close, "Bars");
                        chart.BgColor(close > open ? color.New(color.Green, 90) : null);
                        chart.BarColor(close > open ? color.Lime : null);
                        int shapes = Metadata.Shapes.Count + (Metadata.BarColors[0].Target == BarColorTarget.Background ? 1 : 0);
            """).Text);

        Assert.Empty(result.CompileErrors);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Generated_code_is_not_checked()
    {
        // The generator's output uses Unsafe.As, interceptors and a module initializer; the script is clean.
        CheckResult result = UntrustedHarness.Check(new ProbeScript(Body: "            chart.Plot(ta.Ema(close, 9), \"EMA\");").Text);

        Assert.Empty(result.CompileErrors);
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Compilation.SyntaxTrees, tree => tree.ToString().Contains("Unsafe.As", StringComparison.Ordinal));
    }
}

/// <summary>The check walks the tree with its own stack: nesting the parser accepts does not exhaust the host's.</summary>
public sealed class DeepNestingTests
{
    [Fact]
    public void A_deeply_nested_expression_is_checked_and_its_refusal_found()
    {
        const int depth = 1_500;
        string expression = new string('(', depth) + "System.IO.File.ReadAllText(\"x\").Length" + new string(')', depth);
        CheckResult result = UntrustedHarness.Check(new ProbeScript(Body: $"            int deep = {expression};").Text);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "SG0701");
    }
}
