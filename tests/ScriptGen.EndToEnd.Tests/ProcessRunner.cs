using System.Diagnostics;
using System.Text;

namespace ScriptGen.EndToEnd.Tests;

/// <summary>Runs a command to completion, capturing its output; fails the test with that output when it does not succeed.</summary>
public static class ProcessRunner
{
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromMinutes(20);

    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string fileName, string workingDirectory, params string[] arguments) =>
        Run(fileName, workingDirectory, arguments, new Dictionary<string, string>());

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="environment"/> added to this process's environment.</summary>
    public static Result Run(string fileName, string workingDirectory, string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Builds started by tests must not leave MSBuild nodes or a build server behind.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) error.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // A guard against a hung process, not a speed check: packing five packages takes about 2 minutes
        // on an idle 2-core machine and more than 8 on one shared with other builds.
        if (!process.WaitForExit(s_hangGuard))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in {s_hangGuard.TotalMinutes} minutes.\n{output}\n{error}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>dotnet</c> and asserts it succeeded.</summary>
    public static string Dotnet(string workingDirectory, params string[] arguments) =>
        Dotnet(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs <c>dotnet</c> with <paramref name="environment"/> added to this process's, and asserts it succeeded.</summary>
    public static string Dotnet(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        Result result = Run("dotnet", workingDirectory, arguments, environment);
        Assert.True(
            result.ExitCode == 0,
            $"dotnet {string.Join(' ', arguments)} exited with {result.ExitCode}.\n--- stdout\n{result.Output}\n--- stderr\n{result.Error}");
        return result.Output;
    }
}
