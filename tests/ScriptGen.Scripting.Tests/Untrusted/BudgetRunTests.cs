using System.Reflection;
using ScriptGen.Scripting.Untrusted;

namespace ScriptGen.Scripting.Tests.Untrusted;

/// <summary>
/// Instrumented scripts compiled from text, loaded and run: the budget stops loops that never end and
/// recursion without end, a script cannot catch its way out, and scripts that stay inside their limits
/// run as they would uninstrumented.
/// </summary>
/// <remarks>
/// A run installs the budget from <see cref="RunOptions.Limits"/> itself; <see cref="BudgetScope"/> installs
/// one for code that runs outside a run (a script's static initializers and constructor).
/// </remarks>
public sealed class BudgetRunTests
{
    private static readonly RunLimits s_million = new() { MaxStepsPerBar = 1_000_000 };

    [Fact]
    public void An_endless_loop_in_Process_is_stopped_with_StepsPerBar()
    {
        var probe = new ProbeScript(Body: "            while (true) { }");

        ScriptLimitExceededException failure = RunExpectingLimit(probe, s_million);

        Assert.Equal(ScriptLimit.StepsPerBar, failure.Limit);
    }

    [Fact]
    public void Unbounded_recursion_is_stopped_with_CallDepth_before_the_stack_overflows()
    {
        var probe = new ProbeScript(
            Body: "            chart.Plot(Deeper(0), \"Depth\");",
            Members: "        private static int Deeper(int depth) => 1 + Deeper(depth + 1);");

        ScriptLimitExceededException failure = RunExpectingLimit(probe, s_million);

        Assert.Equal(ScriptLimit.CallDepth, failure.Limit);
    }

    [Fact]
    public void Recursion_through_a_lambda_is_stopped_with_CallDepth()
    {
        var probe = new ProbeScript(Body: """
                        Func<int, int>? deeper = null;
                        deeper = depth => 1 + deeper!(depth + 1);
                        chart.Plot(deeper(0), "Depth");
            """);

        Assert.Equal(ScriptLimit.CallDepth, RunExpectingLimit(probe, s_million).Limit);
    }

    [Fact]
    public void Catching_the_stop_is_refused_when_the_script_is_checked()
    {
        CheckResult result = UntrustedHarness.Check(new ProbeScript(Body: "            try { while (true) { } } catch (Exception) { }").Text);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == UntrustedDiagnostics.CatchClause.Id);
    }

    [Fact]
    public void A_finally_block_does_not_keep_a_stopped_script_running()
    {
        var probe = new ProbeScript(
            Body: "            try { while (true) { } } finally { _cleanups++; }",
            Members: "        private int _cleanups;");

        Assert.Equal(ScriptLimit.StepsPerBar, RunExpectingLimit(probe, s_million).Limit);
    }

    [Fact]
    public void An_endless_loop_in_a_finally_block_is_stopped_too()
    {
        var probe = new ProbeScript(Body: "            try { while (true) { } } finally { while (true) { } }");

        Assert.Equal(ScriptLimit.StepsPerBar, RunExpectingLimit(probe, s_million).Limit);
    }

    [Fact]
    public void A_stop_the_framework_wraps_and_the_script_catches_still_stops_the_run()
    {
        // List.Sort wraps a comparer's exception in InvalidOperationException, which a script may catch;
        // the failure is sticky, so the next step throws it again.
        var probe = new ProbeScript(Body: """
                        var list = new List<int> { 3, 1, 2 };
                        try { list.Sort((a, b) => { while (true) { } }); } catch (InvalidOperationException) { }
                        for (int i = 0; i < 10; i++) { }
            """);

        Assert.Equal(ScriptLimit.StepsPerBar, RunExpectingLimit(probe, s_million).Limit);
    }

    [Fact]
    public void A_backward_goto_is_a_loop_and_is_stopped()
    {
        var probe = new ProbeScript(Body: "            int n = 0;\n        again:\n            n++;\n            goto again;");

        Assert.Equal(ScriptLimit.StepsPerBar, RunExpectingLimit(probe, s_million).Limit);
    }

    [Fact]
    public void Goto_case_between_two_sections_is_a_loop_and_is_stopped()
    {
        var probe = new ProbeScript(Body: """
                        switch (bar_index.Value % 2)
                        {
                            case 0: goto case 1;
                            case 1: goto case 0;
                        }
            """);

        Assert.Equal(ScriptLimit.StepsPerBar, RunExpectingLimit(probe, s_million).Limit);
    }

    [Fact]
    public void An_endless_iterator_is_stopped()
    {
        var probe = new ProbeScript(
            Body: "            foreach (int value in Forever()) { }",
            Members: "        private static IEnumerable<int> Forever() { while (true) yield return 1; }");

        Assert.Equal(ScriptLimit.StepsPerBar, RunExpectingLimit(probe, s_million).Limit);
    }

    [Fact]
    public void Ten_loop_iterations_a_bar_run_normally_under_a_limit_of_a_thousand_steps()
    {
        var probe = new ProbeScript(Body: """
                        int count = 0;
                        for (int i = 0; i < 10; i++)
                        {
                            count++;
                        }

                        chart.Plot(count, "Count");
            """);
        var options = new RunOptions { Limits = new RunLimits { MaxStepsPerBar = 1_000 } };

        IndicatorResult result = ScriptRunner.RunIndicator(probe.Text, options, barCount: 20);

        Assert.All(result.GetPlot("Count").Values.ToArray(), value => Assert.Equal(10, value));
    }

    [Fact]
    public void An_array_beyond_the_bound_fails_before_it_is_allocated()
    {
        // No budget needed: the bound is part of the instrumented expression.
        var probe = new ProbeScript(Body: "            double[] huge = new double[100_000_000 + bar_index];\n            chart.Plot(huge.Length, \"Length\");");

        var failure = Assert.Throws<ScriptLimitExceededException>(() => ScriptRunner.RunIndicator(probe.Text, RunOptions.Default));

        Assert.Equal(ScriptLimit.AllocatedBytesPerBar, failure.Limit);
        Assert.Contains("100000000", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_within_the_bound_is_created_as_written()
    {
        var probe = new ProbeScript(Body: "            double[] window = new double[5 + bar_index];\n            chart.Plot(window.Length, \"Length\");");

        IndicatorResult result = ScriptRunner.RunIndicator(probe.Text, RunOptions.Default, barCount: 3);

        Assert.Equal([5.0, 6.0, 7.0], result.GetPlot("Length").Values.ToArray());
    }

    [Fact]
    public void A_failure_in_instrumented_code_reports_the_line_the_user_wrote()
    {
        var probe = new ProbeScript(Body: "            int[] values = new int[3];\n            if (bar_index == 2)\n            {\n                throw new InvalidOperationException(\"line check\");\n            }");
        int line = probe.Text.Split('\n').ToList().FindIndex(text => text.Contains("line check", StringComparison.Ordinal)) + 1;

        var failure = Assert.Throws<ScriptRuntimeException>(() => ScriptRunner.RunIndicator(probe.Text, RunOptions.Default, barCount: 5));

        Assert.Equal(2, failure.BarIndex);
        Assert.Equal(line, failure.SourceLine);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
    }

    [Fact]
    public void An_instrumented_sample_without_limits_trades_exactly_as_the_compiled_sample()
    {
        // The samples project compiles EmaCross without instrumentation; the same text compiled as untrusted
        // (renamed, so the process-wide catalog keeps one "EMA Cross") must give the same trades.
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scripts", "EmaCross.pine.cs"))
            .Replace("class EmaCross", "class EmaCrossUntrusted", StringComparison.Ordinal)
            .Replace("\"EMA Cross\"", "\"EMA Cross (untrusted)\"", StringComparison.Ordinal);
        Bars bars = BarCsv.Read(Path.Combine(AppContext.BaseDirectory, "data", "eurusd-1h.csv"));
        var environment = new RuntimeEnvironment();

        StrategyResult compiled = environment.RunStrategy(ScriptGen.Samples.Scripts.EmaCross.Create(), bars);
        Assembly assembly = ScriptRunner.CompileAndLoad(text);
        StrategyResult untrusted = environment.RunStrategy((StrategyScript)ScriptRunner.CreateScript(assembly), bars);

        Assert.NotEmpty(compiled.ClosedTrades);
        Assert.Equal(compiled.ClosedTrades.Count, untrusted.ClosedTrades.Count);
        Assert.Equal(compiled.Summary.All.NetProfit, untrusted.Summary.All.NetProfit);
        Assert.Equal(compiled.GetPlot("Fast EMA").Values.ToArray(), untrusted.GetPlot("Fast EMA").Values.ToArray());
    }

    [Fact]
    public void An_endless_loop_in_a_static_initializer_is_stopped_when_a_budget_covers_loading()
    {
        // The generated catalog reads the script's static Metadata when the assembly's module initializer
        // runs, which runs the script's static initializers: outside any run. The engine must hold a
        // budget while it loads untrusted assemblies; then the loop stops, wrapped by the type initializer.
        var probe = new ProbeScript(
            Body: "            chart.Plot(Seed, \"Seed\");",
            Members: "        private static readonly int Seed = Spin();\n        private static int Spin() { while (true) { } }");
        Assembly assembly = ScriptRunner.CompileAndLoad(probe.Text);

        Exception failure;
        using (BudgetScope.Install(s_million))
        {
            failure = Assert.ThrowsAny<Exception>(() => ScriptRunner.CreateScript(assembly));
        }

        Assert.Contains(Chain(failure), e => e is TypeInitializationException);
        Assert.Contains(Chain(failure), e => e is ScriptLimitExceededException { Limit: ScriptLimit.StepsPerBar });
    }

    [Fact]
    public void The_run_alone_stops_an_endless_loop_from_its_RunOptions_limits()
    {
        var probe = new ProbeScript(Body: "            while (true) { }");

        var failure = Assert.Throws<ScriptLimitExceededException>(
            () => ScriptRunner.RunIndicator(probe.Text, new RunOptions { Limits = s_million }));

        Assert.Equal(ScriptLimit.StepsPerBar, failure.Limit);
        Assert.Equal(0, failure.BarIndex);
    }

    private static ScriptLimitExceededException RunExpectingLimit(ProbeScript probe, RunLimits limits)
    {
        var options = new RunOptions { Limits = limits };
        return Assert.Throws<ScriptLimitExceededException>(() => ScriptRunner.RunIndicator(probe.Text, options));
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}

/// <summary>RunBudget with bounds at the edge of their range (two overflows fixed in RunBudget).</summary>
public sealed class RunBudgetBoundsTests
{
    [Fact]
    public void A_step_bound_of_long_MaxValue_checks_every_CheckInterval_steps_not_every_step()
    {
        using (BudgetScope.Install(new RunLimits { MaxStepsPerBar = long.MaxValue }))
        {
            Assert.Equal(4096L, BudgetScope.CurrentCountdown());
        }

        using (BudgetScope.Install(new RunLimits { MaxStepsPerBar = 10 }))
        {
            Assert.Equal(11L, BudgetScope.CurrentCountdown()); // The 11th step is the one that fails.
        }
    }

    [Fact]
    public void A_timeout_of_TimeSpan_MaxValue_is_no_practical_limit()
    {
        var limits = new RunLimits { Timeout = TimeSpan.MaxValue };
        var probe = new ProbeScript(Body: "            int count = 0;\n            for (int i = 0; i < 10_000; i++) { count++; }\n            chart.Plot(count, \"Count\");");

        IndicatorResult result = ScriptRunner.RunIndicator(probe.Text, new RunOptions { Limits = limits }, barCount: 2);

        Assert.All(result.GetPlot("Count").Values.ToArray(), value => Assert.Equal(10_000, value));
    }
}
