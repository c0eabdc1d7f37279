using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Emitting;

/// <summary>
/// The assembly's script catalog: a class listing every script, named by an assembly attribute so a
/// host that loads the assembly finds its scripts with one lookup, and (unless the project turns it
/// off) a module initializer registering them with the global <c>ScriptCatalog</c>, so tools find
/// scripts by name without reflection.
/// </summary>
internal static class CatalogEmitter
{
    public static string Emit(CatalogSpec catalog)
    {
        var code = new CodeWriter();
        code.Line(ScriptEmitter.Header.TrimEnd('\n'));
        code.Line();
        code.Line($"[assembly: global::ScriptGen.CompilerServices.ScriptAssemblyCatalog(typeof(global::{KnownNames.GeneratedNamespace}.GeneratedScriptCatalog))]");
        code.Line();
        using (code.Block($"namespace {KnownNames.GeneratedNamespace}"))
        {
            code.Line("/// <summary>This assembly's scripts.</summary>");
            code.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"ScriptGen.Generator\", \"" + GeneratorVersion.Value + "\")]");
            using (code.Block("internal sealed class GeneratedScriptCatalog : global::ScriptGen.CompilerServices.IScriptAssemblyCatalog"))
            {
                code.Line("/// <inheritdoc/>");
                code.Line("public global::System.Collections.Generic.IReadOnlyList<global::ScriptGen.ScriptDefinition> Scripts { get; } = new global::ScriptGen.ScriptDefinition[]");
                code.Line("{");
                foreach (string script in catalog.Scripts)
                {
                    code.Line($"    global::ScriptGen.ScriptDefinition.For<{script}>(),");
                }

                code.Line("};");
                if (catalog.RegisterGlobally)
                {
                    code.Line();
                    code.Line("/// <summary>Registers this assembly's scripts with <see cref=\"global::ScriptGen.ScriptCatalog\"/> when the assembly loads.</summary>");
                    code.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
                    using (code.Block("internal static void Register()"))
                    {
                        using (code.Block("foreach (global::ScriptGen.ScriptDefinition script in new GeneratedScriptCatalog().Scripts)"))
                        {
                            code.Line("global::ScriptGen.ScriptCatalog.Register(script);");
                        }
                    }
                }
            }
        }

        return code.ToString();
    }
}
