using ScriptGen.Samples.Scripts;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>Inputs: metadata from both declaration forms, typed creation, and overrides checked by name, type and range.</summary>
public sealed class InputTests
{
    private static readonly Bars s_bars = TestBars.Closes(10, 11, 12, 11, 13, 14);

    [Fact]
    public void Member_inputs_are_described_in_metadata_with_title_type_default_and_bounds()
    {
        IReadOnlyList<InputMetadata> inputs = EmaCross.Metadata.Inputs;

        Assert.Equal(
            new InputMetadata("FastLength", "Fast length", InputType.Int, 9, MinValue: 1, MaxValue: 500),
            inputs[0]);
        Assert.Equal("SlowLength (int, default 21, 1..500)", inputs[1].Describe());
    }

    [Fact]
    public void Setup_call_inputs_are_named_after_the_member_they_set_and_bound_at_run_time()
    {
        Assert.Equal(
            new[] { ("Length", "RSI length", InputType.Int, (object)14, InputOrigin.SetupCall), ("Overbought", "Overbought", InputType.Float, 70.0, InputOrigin.SetupCall) },
            Rsi.Metadata.Inputs.Take(2).Select(i => (i.Name, i.Title, i.Type, i.DefaultValue, i.Origin)));

        IndicatorResult result = new RuntimeEnvironment().RunIndicator<Rsi>(s_bars, new Dictionary<string, object?> { ["Overbought"] = 80.5 });

        Assert.All(result.GetPlot("Overbought").Values.ToArray(), value => Assert.Equal(80.5, value));
        Assert.All(result.GetPlot("Oversold").Values.ToArray(), value => Assert.Equal(30, value));
    }

    [Fact]
    public void The_typed_inputs_record_creates_a_script_with_those_values()
    {
        EmaProbe script = EmaProbe.Create(new EmaProbe.Inputs { Length = 2, Scale = 2 });

        Assert.Equal((2, 2.0), (script.Length, script.Scale));
        Assert.Equal(new EmaProbe.Inputs { Length = 2, Scale = 2 }, script.InputValues);
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(script, s_bars);
        // ema(2) seeds with the SMA of the first two closes: (10 + 11) / 2, doubled by Scale.
        Assert.Equal(2 * 10.5, result.GetPlot("ema").Values.Span[1]);
    }

    [Fact]
    public void Overrides_accept_the_inputs_type_a_wider_exact_number_or_invariant_text()
    {
        var overrides = new Dictionary<string, object?> { ["Length"] = 4L, ["Scale"] = "1.5", ["Enabled"] = "false", ["Label"] = "hlc3" };

        EmaProbe script = EmaProbe.Create(overrides);

        Assert.Equal(new EmaProbe.Inputs { Length = 4, Scale = 1.5, Enabled = false, Label = "hlc3" }, script.InputValues);
    }

    [Fact]
    public void An_unknown_input_is_rejected_listing_the_valid_ones()
    {
        var failure = Assert.Throws<InputValidationException>(() => EmaCross.Create(new Dictionary<string, object?> { ["Fast"] = 5 }));

        Assert.Equal(("EMA Cross", "Fast", (object?)5), (failure.ScriptTitle, failure.InputName, failure.Value));
        Assert.Equal(
            "Script 'EMA Cross' has no input 'Fast'; valid inputs: FastLength (int, default 9, 1..500); SlowLength (int, default 21, 1..500).",
            failure.Message);
    }

    [Fact]
    public void An_input_given_by_its_title_is_rejected_with_a_hint_to_use_the_name()
    {
        var failure = Assert.Throws<InputValidationException>(() => EmaCross.Create(new Dictionary<string, object?> { ["Fast length"] = 5 }));
        Assert.EndsWith("('Fast length' is the title of input 'FastLength'; use the name.)", failure.Message);
    }

    [Theory]
    [InlineData("abc", "expects a whole number (int); got \"abc\" (String)")]
    [InlineData(2.5, "expects a whole number (int); got 2.5 (Double)")]
    [InlineData(true, "expects a whole number (int); got true (Boolean)")]
    public void A_value_of_the_wrong_type_is_rejected_naming_input_value_and_type(object value, string expected)
    {
        var failure = Assert.Throws<InputValidationException>(() => EmaCross.Create(new Dictionary<string, object?> { ["FastLength"] = value }));

        Assert.Equal("FastLength", failure.InputName);
        Assert.Contains($"Input 'FastLength' of script 'EMA Cross' {expected}. Valid: FastLength (int, default 9, 1..500).", failure.Message);
    }

    [Fact]
    public void A_value_out_of_range_is_rejected_from_overrides_and_from_the_typed_record()
    {
        var fromDictionary = Assert.Throws<InputValidationException>(() => EmaCross.Create(new Dictionary<string, object?> { ["SlowLength"] = 501 }));
        var fromRecord = Assert.Throws<InputValidationException>(() => EmaProbe.Create(new EmaProbe.Inputs { Scale = 3 }));

        Assert.Equal("Input 'SlowLength' of script 'EMA Cross' is 501, outside its bounds; valid: SlowLength (int, default 21, 1..500).", fromDictionary.Message);
        Assert.Equal(("Scale", (object?)3.0), (fromRecord.InputName, fromRecord.Value));
    }

    [Fact]
    public void A_null_text_input_is_rejected()
    {
        var failure = Assert.Throws<InputValidationException>(() => EmaProbe.Create(new EmaProbe.Inputs { Label = null! }));
        Assert.Equal("Label", failure.InputName);
    }
}
