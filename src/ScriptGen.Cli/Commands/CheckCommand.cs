using System.CommandLine;
using ScriptGen.Cli.Loading;
using ScriptGen.Scripting;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// <c>scriptgen check PATH...</c>: compiles the files (folders: every <c>*.pine.cs</c> below) as one set, as a
/// project would, and prints every error and warning in the compiler's format
/// (<c>file(line,col): error SG0015: ...</c>) on standard output, which editors and CI logs recognise. Exit
/// code 1 when there is an error (or, with <c>--warnaserror</c>, a warning).
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CommandContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "The .pine.cs files to check, or folders of them (checked together: they may import each other).",
            Arity = ArgumentArity.OneOrMore,
        };
        var untrusted = new Option<bool>("--untrusted")
        {
            Description = "Check the scripts as someone else's code would be compiled: only the allow-list of APIs (SG07xx errors).",
        };
        var warningsAsErrors = new Option<bool>("--warnaserror")
        {
            Description = "Fail (exit code 1) on warnings too.",
        };
        var command = new Command("check", "Compile scripts and report their errors and warnings in the compiler's format, without running them.")
        {
            paths,
            untrusted,
            warningsAsErrors,
        };

        context.SetAction(command, (parse, terminal) =>
        {
            IReadOnlyList<string> files = ScriptFiles.Collect(parse.GetRequiredValue(paths));
            if (files.Count == 0)
            {
                throw new UsageException($"No .pine.cs file in {string.Join(", ", parse.GetRequiredValue(paths))}.");
            }

            ScriptSource[] sources = files.Select(ScriptFiles.Read).ToArray();
            using var loader = new ScriptLoader(parse.GetValue(untrusted) ? ScriptTrust.Untrusted : ScriptTrust.Trusted, cacheDirectory: null);
            ScriptDiagnostic[] diagnostics = loader.Check(sources)
                .Where(d => d.Severity is ScriptDiagnosticSeverity.Error or ScriptDiagnosticSeverity.Warning)
                .ToArray();
            foreach (ScriptDiagnostic diagnostic in diagnostics)
            {
                terminal.Output.WriteLine(diagnostic.ToString());
            }

            int errors = diagnostics.Count(d => d.IsError);
            int warnings = diagnostics.Length - errors;
            string scripts = Failures.Count(files.Count, "file");
            if (errors == 0 && warnings == 0)
            {
                terminal.Note($"{scripts} checked: no errors, no warnings.");
            }
            else
            {
                terminal.Note($"{scripts} checked: {Failures.Count(errors, "error")}, {Failures.Count(warnings, "warning")}.");
            }

            bool failed = errors > 0 || (warnings > 0 && parse.GetValue(warningsAsErrors));
            return failed ? ExitCodes.ScriptOrDataError : ExitCodes.Success;
        });
        return command;
    }
}
