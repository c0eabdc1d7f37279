using System.Text.Json;
using ScriptGen.Cli.Output;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// Turns a failure into one or a few lines naming the problem (the exception's own message, which says what,
/// where and what would be valid) and an exit code; <c>--verbose</c> adds the full exception.
/// </summary>
internal static class Failures
{
    public static int Guard(Terminal terminal, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (UsageException failure)
        {
            terminal.Fail(failure.Message);
            return ExitCodes.UsageError;
        }
        catch (ScriptParsingException failure)
        {
            // Every error in the compiler's format, one per line (as `scriptgen check` prints them).
            ScriptDiagnostic[] errors = failure.Errors.ToArray();
            terminal.Fail(errors.Length == 0 ? failure.Message : $"the script does not compile ({Count(errors.Length, "error")}):");
            foreach (ScriptDiagnostic diagnostic in errors)
            {
                terminal.Error.WriteLine("  " + diagnostic);
            }

            Details(terminal, failure);
            return ExitCodes.ScriptOrDataError;
        }
        catch (OperationCanceledException)
        {
            terminal.Fail("cancelled.");
            return ExitCodes.Interrupted;
        }
        catch (Exception failure) when (failure is ScriptEngineException or IOException or UnauthorizedAccessException or JsonException)
        {
            terminal.Fail(failure.Message);
            Details(terminal, failure);
            return ExitCodes.ScriptOrDataError;
        }
        catch (Exception failure)
        {
            terminal.Fail($"{failure.GetType().Name}: {failure.Message}");
            if (!terminal.Verbose)
            {
                terminal.Note("This looks like a bug in scriptgen; run again with --verbose for the details.");
            }

            Details(terminal, failure);
            return ExitCodes.ScriptOrDataError;
        }
    }

    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count:N0} {noun}s";

    private static void Details(Terminal terminal, Exception failure)
    {
        if (terminal.Verbose)
        {
            terminal.Error.WriteLine(failure.ToString());
        }
    }
}
