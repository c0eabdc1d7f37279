using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>When a script fails, the exception says which script, bar, time and source line.</summary>
public sealed class FailureTests
{
    private static readonly Bars s_bars = TestBars.Closes(1, 2, 3, 4, 5, 6, 7, 8);

    [Fact]
    public void An_exception_in_Process_surfaces_with_the_bar_its_time_and_the_scripts_source_line()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(FailingProbe.Create(), s_bars));

        Assert.Equal(("failing probe", 5, TestBars.TimeOf(5)), (failure.ScriptTitle, failure.BarIndex, failure.BarTime));
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.EndsWith("RuntimeProbes.pine.cs", failure.SourceFile);
        Assert.Equal(LineOf("RuntimeProbes.pine.cs", "FailingProbe: the throw line"), failure.SourceLine);
        Assert.Equal($"Script 'failing probe' failed on bar 5 (2024-01-01 05:00:00Z) at RuntimeProbes.pine.cs:{failure.SourceLine}: boom", failure.Message);
    }

    /// <summary>
    /// The generated loop runs Process()'s body inline (no Process frame on the stack), and the frame it fails in is
    /// mapped back to the script's file and line, which is what the exception above reports.
    /// </summary>
    [Fact]
    public void The_body_runs_inline_in_the_bar_loop_and_its_frames_name_the_scripts_lines()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(FailingProbe.Create(), s_bars));

        var frames = new System.Diagnostics.StackTrace(failure.InnerException!, fNeedFileInfo: true).GetFrames();
        System.Diagnostics.StackFrame thrower = frames[0];
        Assert.Equal("RunBars", thrower.GetMethod()!.Name);
        Assert.EndsWith("RuntimeProbes.pine.cs", thrower.GetFileName());
        Assert.Equal(LineOf("RuntimeProbes.pine.cs", "FailingProbe: the throw line"), thrower.GetFileLineNumber());
        Assert.DoesNotContain(frames, frame => frame.GetMethod()!.Name == "Process");
    }

    /// <summary>The failure's line is looked for in the script's own file: a helper elsewhere is reported where it was called.</summary>
    [Fact]
    public void A_failure_in_a_helper_of_another_file_names_the_scripts_line_that_called_it()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(FailingHelperProbe.Create(), s_bars));

        Assert.Equal("RuntimeProbes.pine.cs", FailingHelperProbe.Metadata.SourceFile);
        Assert.EndsWith("RuntimeProbes.pine.cs", failure.SourceFile);
        Assert.Equal(LineOf("RuntimeProbes.pine.cs", "FailingHelperProbe: the call line"), failure.SourceLine);
        Assert.Equal(4, failure.BarIndex);
    }

    [Fact]
    public void A_failing_bar_leaves_each_call_sites_state_where_that_bar_left_it()
    {
        FailingEmaProbe script = FailingEmaProbe.Create();

        Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(script, s_bars));

        // EMA(3) of 1, 2, 3, ...: the SMA of the first three, 2, on bar 2, then alpha 1/2: 3, 4, 5 on bars 3 to 5, where
        // the probe fails. From there the next close, 7, moves it to 6 (a state never written back would start over: na).
        Assert.Equal(6, script.__slot0.Update(7, 3));
    }

    [Fact]
    public void A_ta_length_that_changes_between_bars_is_rejected_on_the_bar_it_changes()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(ChangingLengthProbe.Create(), s_bars));

        Assert.Equal(3, failure.BarIndex);
        Assert.Contains("ta.sma: this call site was first called with length 2 and now with 3", failure.Message);
    }

    [Fact]
    public void Reading_a_bar_value_in_Setup_says_bar_values_belong_in_Process()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(EarlyReadProbe.Create(), s_bars));
        Assert.Contains("read a bar value outside the bar loop", failure.Message);
    }

    [Fact]
    public void A_script_instance_runs_once()
    {
        FailingProbe script = FailingProbe.Create();
        script.FailOnBar = -1;
        new RuntimeEnvironment().RunIndicator(script, s_bars);

        var failure = Assert.Throws<InvalidOperationException>(() => new RuntimeEnvironment().RunIndicator(script, s_bars));
        Assert.Contains("a script instance runs once", failure.Message);
    }

    [Fact]
    public void A_symbol_with_an_unknown_time_zone_is_rejected_before_any_bar_runs()
    {
        var options = new RunOptions { Symbol = new SymbolInfo { Ticker = "EURUSD", TimeZone = "Eastern" } };

        var failure = Assert.Throws<ScriptEngineException>(() => new RuntimeEnvironment().RunIndicator(FailingProbe.Create(), s_bars, options));

        Assert.Equal("Symbol 'EURUSD': unknown time zone 'Eastern'; use an IANA id such as 'America/New_York' or 'UTC'.", failure.Message);
    }

    private static int LineOf(string file, string marker)
    {
        string path = Path.Combine(ProjectDirectory(), "Scripts", file);
        return Array.FindIndex(File.ReadAllLines(path), line => line.Contains(marker, StringComparison.Ordinal)) + 1;
    }

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;

    [Fact]
    public void Reading_strategy_before_a_run_names_the_script_and_where_orders_may_be_placed()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => StrategyOutsideRun.Create().PositionNow());

        Assert.Equal(
            "Script 'Strategy outside a run' used strategy before its run started; orders can be placed from Setup() and Process().",
            failure.Message);
    }
}
