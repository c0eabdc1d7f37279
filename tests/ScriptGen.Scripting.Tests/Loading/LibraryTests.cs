using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests.Loading;

/// <summary>
/// A set compiled with earlier sets as libraries uses their types: referenced through their images,
/// resolved at run time from their own load contexts; everything else comes from the host's.
/// </summary>
public sealed class LibraryTests
{
    private static readonly ScriptParserOptions s_trusted = new() { Trust = ScriptTrust.Trusted };

    private const string Library = """
        namespace Lib;

        public static class Helpers
        {
            public static double Twice(double value) => 2 * value;
        }

        [Indicator("Doubled")]
        public partial class Doubled
        {
            protected override void Process() => chart.Plot(Helpers.Twice(close), "Doubled");
        }
        """;

    private const string Middle = """
        namespace Mid;

        public static class More
        {
            public static double FourTimes(double value) => Lib.Helpers.Twice(Lib.Helpers.Twice(value));
        }
        """;

    private const string User = """
        namespace App;

        [Indicator("Eight times")]
        public partial class EightTimes
        {
            protected override void Process() => chart.Plot(Lib.Helpers.Twice(Mid.More.FourTimes(close)), "Eight");
        }
        """;

    [Fact]
    public void A_set_uses_the_types_of_its_libraries_and_of_theirs()
    {
        using var parser = new ScriptParser(s_trusted);
        CompiledScripts library = parser.Compile([new ScriptSource(Library, "Lib.pine.cs")]);
        CompiledScripts middle = parser.Compile([new ScriptSource(Middle, "Mid.pine.cs")], [library]);

        CompiledScripts user = parser.Compile([new ScriptSource(User, "App.pine.cs")], [middle]);
        IndicatorResult result = new RuntimeEnvironment().RunIndicator((IndicatorScript)user.Scripts[0].Create(), Scripts.Closes(2));

        Assert.Equal([8.0, 16.0], result.GetPlot("Eight").Values.ToArray());
        Assert.Empty(middle.Scripts);
        Assert.Same(library.Assembly, AssemblyLoadContext.GetLoadContext(user.Assembly)!.LoadFromAssemblyName(library.Assembly.GetName()));
    }

    [Fact]
    public void A_set_compiles_and_runs_against_a_library_that_was_already_unloaded()
    {
        using var parser = new ScriptParser(s_trusted);
        CompiledScripts library = parser.Compile([new ScriptSource(Library + "// " + Guid.NewGuid(), "Lib.pine.cs")]);
        library.Unload(); // for example evicted from the memory cache while its owner still holds it

        CompiledScripts middle = parser.Compile([new ScriptSource(Middle, "Mid.pine.cs")], [library]);
        CompiledScripts user = parser.Compile([new ScriptSource(User, "App.pine.cs")], [middle]);
        IndicatorResult result = new RuntimeEnvironment().RunIndicator((IndicatorScript)user.Scripts[0].Create(), Scripts.Closes(1));

        Assert.Equal(8.0, result.GetPlot("Eight").Values.Span[0]);
    }

    [Fact]
    public void Without_its_library_the_text_does_not_compile()
    {
        using var parser = new ScriptParser(s_trusted);

        var failure = Assert.Throws<ScriptParsingException>(() => parser.Compile([new ScriptSource(Middle, "Mid.pine.cs")]));

        Assert.Contains(failure.Errors, e => e.Id == "CS0103" && e.Line == 5);
    }

    [Fact]
    public void Scripts_share_ScriptGen_and_the_hosts_types()
    {
        using var parser = new ScriptParser(s_trusted);

        ScriptDefinition definition = parser.Parse(Library, "Lib.pine.cs");

        Assert.Equal(typeof(IndicatorScript), definition.ScriptType.BaseType);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(definition.ScriptType.BaseType!.Assembly));
        Assert.True(AssemblyLoadContext.GetLoadContext(definition.ScriptType.Assembly)!.IsCollectible);
    }

    [Fact]
    public void A_library_keeps_its_load_context_alive_while_a_set_compiled_against_it_lives()
    {
        using var parser = new ScriptParser(s_trusted);
        (WeakReference libraryContext, StrongBox<CompiledScripts?> user) = CompileAgainstAnUnloadedLibrary(parser);

        Assert.False(UnloadTests.AllCollected([libraryContext], attempts: 3));
        RunAndUnload(user);

        Assert.True(UnloadTests.AllCollected([libraryContext]));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RunAndUnload(StrongBox<CompiledScripts?> user)
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator((IndicatorScript)user.Value!.Scripts[0].Create(), Scripts.Closes(1));
        Assert.Equal(8.0, result.GetPlot("Eight").Values.Span[0]);
        user.Value.Unload();
        user.Value = null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference, StrongBox<CompiledScripts?>) CompileAgainstAnUnloadedLibrary(ScriptParser parser)
    {
        CompiledScripts library = parser.Compile([new ScriptSource(Library + "// " + Guid.NewGuid(), "Lib.pine.cs")]);
        CompiledScripts middle = parser.Compile([new ScriptSource(Middle, "Mid.pine.cs")], [library]);
        CompiledScripts user = parser.Compile([new ScriptSource(User, "App.pine.cs")], [middle]);
        library.Unload();
        middle.Unload();
        return (new WeakReference(library.Context), new StrongBox<CompiledScripts?>(user));
    }
}
