namespace ScriptGen.Scripting.Compilation;

/// <summary>A compiled set as bytes: the assembly, its portable PDB (source texts embedded) and its warnings.</summary>
internal sealed record CompiledImage(byte[] Assembly, byte[] Symbols, IReadOnlyList<ScriptDiagnostic> Warnings);

/// <summary>What compiling a set gave: every diagnostic kept, and the image when there was no error.</summary>
internal sealed record CompileOutcome(DiagnosticList Diagnostics, CompiledImage? Image);
