using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Emitting;

/// <summary>The assembly's script catalog: a module initializer registering every script, so tools find scripts by name without reflection.</summary>
internal static class CatalogEmitter
{
    public static string Emit(EquatableArray<string> scripts)
    {
        var code = new CodeWriter();
        code.Line(ScriptEmitter.Header.TrimEnd('\n'));
        code.Line();
        using (code.Block($"namespace {KnownNames.GeneratedNamespace}"))
        {
            code.Line("/// <summary>Registers this assembly's scripts with <see cref=\"global::ScriptGen.ScriptCatalog\"/>.</summary>");
            code.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"ScriptGen.Generator\", \"" + GeneratorVersion.Value + "\")]");
            using (code.Block("internal static class GeneratedScriptCatalog"))
            {
                code.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
                using (code.Block("internal static void Register()"))
                {
                    foreach (string script in scripts)
                    {
                        code.Line($"global::ScriptGen.ScriptCatalog.Register(global::ScriptGen.ScriptDefinition.For<{script}>());");
                    }
                }
            }
        }

        return code.ToString();
    }
}
