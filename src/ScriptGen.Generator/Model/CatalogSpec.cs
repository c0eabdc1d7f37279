namespace ScriptGen.Generator.Model;

/// <summary>
/// The assembly's catalog: every script's global name, in ordinal order, and whether a module
/// initializer registers them with the global <c>ScriptCatalog</c> (the project's
/// <c>ScriptGenRegisterScripts</c> property; the script engine turns it off so the assemblies it
/// compiles and unloads are never pinned by a static list).
/// </summary>
internal sealed record CatalogSpec(EquatableArray<string> Scripts, bool RegisterGlobally);
