using System.Text.Json;
using ScriptGen.Cli.Tests.Infrastructure;

namespace ScriptGen.Cli.Tests.Commands;

/// <summary><c>scriptgen inputs</c>: a script's inputs with types, defaults, bounds and titles.</summary>
public sealed class InputsCommandTests
{
    private readonly Tool tool = Tool.Shared;
    [Fact]
    public void Lists_the_inputs_as_a_table()
    {
        ProcessResult run = tool.Run(Repository.Root, "inputs", Repository.Sample("EmaCross"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("EMA Cross (ScriptGen.Samples.Scripts.EmaCross), strategy, drawn on the price chart", run.Output);
        Assert.Matches(@"Name\s+Title\s+Type\s+Default\s+Min\s+Max\s+Step", run.Output);
        Assert.Matches(@"FastLength\s+Fast length\s+int\s+9\s+1\s+500", run.Output);
        Assert.Matches(@"SlowLength\s+Slow length\s+int\s+21\s+1\s+500", run.Output);
    }

    [Fact]
    public void Lists_inputs_declared_in_setup_as_json()
    {
        ProcessResult run = tool.Run(Repository.Root, "inputs", Repository.Sample("Rsi"), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement[] inputs = json.RootElement.GetProperty("inputs").EnumerateArray().ToArray();
        Assert.Equal(["Length", "Overbought", "Oversold"], inputs.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(("RSI length", "int", 14, 1.0), (inputs[0].GetProperty("title").GetString(), inputs[0].GetProperty("type").GetString(),
            inputs[0].GetProperty("default").GetInt32(), inputs[0].GetProperty("min").GetDouble()));
        Assert.Equal(100, inputs[1].GetProperty("max").GetDouble());
    }

    [Fact]
    public void A_script_without_inputs_says_so()
    {
        using var work = new TempFolder("cli-inputs");
        work.Write("Throws.pine.cs", Scripts.ThrowsOnBar);

        ProcessResult run = tool.Run(work.Path, "inputs", "Throws.pine.cs");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.EndsWith("No inputs.", run.Output.TrimEnd());
    }
}
