using ScriptGen.Cli.Tests.Infrastructure;

namespace ScriptGen.Cli.Tests.Commands;

/// <summary><c>scriptgen check</c>: diagnostics in the compiler's format on standard output, and an exit code CI can use.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly Tool tool = Tool.Shared;
    private readonly TempFolder _work = new("cli-check");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void The_sample_scripts_check_clean_as_one_set()
    {
        ProcessResult run = tool.Run(Repository.Root, "check", "samples/ScriptGen.Samples/Scripts");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Output);
        Assert.Equal("8 files checked: no errors, no warnings.", run.ErrorLines.Single());
    }

    [Fact]
    public void Errors_are_printed_as_the_compiler_prints_them_and_fail_the_check()
    {
        _work.Write("Broken.pine.cs", Scripts.Broken);

        ProcessResult run = tool.Run(_work.Path, "check", "Broken.pine.cs");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([Scripts.BrokenLoopError, Scripts.BrokenNameError, ""], run.OutputLines);
        Assert.Equal("1 file checked: 2 errors, 0 warnings.", run.ErrorLines.Single());
    }

    [Fact]
    public void Warnings_are_printed_and_fail_the_check_only_with_warnaserror()
    {
        _work.Write("Warns.pine.cs", Scripts.Warns);

        ProcessResult run = tool.Run(_work.Path, "check", "Warns.pine.cs");
        ProcessResult strict = tool.Run(_work.Path, "check", "Warns.pine.cs", "--warnaserror");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Warns.pine.cs(10,13): warning CS0219:", run.Output);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(run.Output, strict.Output);
    }

    [Fact]
    public void Untrusted_checks_the_allow_list()
    {
        _work.Write("ReadsFiles.pine.cs", Scripts.ReadsFiles);

        Assert.Equal(0, tool.Run(_work.Path, "check", "ReadsFiles.pine.cs").ExitCode);
        ProcessResult untrusted = tool.Run(_work.Path, "check", "ReadsFiles.pine.cs", "--untrusted");
        Assert.Equal(1, untrusted.ExitCode);
        Assert.Matches(@"^ReadsFiles\.pine\.cs\(\d+,\d+\): error SG07\d\d: ", untrusted.Output);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_usage_error()
    {
        ProcessResult run = tool.Run(_work.Path, "check", "Missing.pine.cs");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Script file or folder 'Missing.pine.cs' does not exist.", run.ErrorLines.Single());
    }
}
