using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>input.Int/Float/Bool/String in Setup(): metadata and bound values; and the color namespace.</summary>
public sealed class SetupInputAndColorTests
{
    private static readonly Bars s_bars = TestBars.Closes(10, 12, 11, 15);

    [Fact]
    public void Every_input_call_form_is_described_with_its_constant_arguments()
    {
        Assert.Equal(
            [
                new InputMetadata("length", "Length", InputType.Int, 2, MinValue: 1, MaxValue: 10, Origin: InputOrigin.SetupCall),
                new InputMetadata("factor", "Factor", InputType.Float, 1.5, Step: 0.5, Origin: InputOrigin.SetupCall),
                new InputMetadata("inverted", "Inverted", InputType.Bool, false, Tooltip: "Flip the sign", Origin: InputOrigin.SetupCall),
                new InputMetadata("mode", "Mode", InputType.String, "sma", Group: "Calculation", Origin: InputOrigin.SetupCall),
            ],
            SetupInputsProbe.Metadata.Inputs);
    }

    [Fact]
    public void Each_setup_input_returns_the_run_value_given_by_name()
    {
        var overrides = new Dictionary<string, object?> { ["length"] = 3, ["factor"] = 2.0, ["inverted"] = true, ["mode"] = "ema" };

        IndicatorResult result = new RuntimeEnvironment().RunIndicator<SetupInputsProbe>(s_bars, overrides);

        // ema(3) seeds with the SMA of the first three closes on bar 2, then steps by alpha = 0.5.
        double seed = (10 + 12 + 11) / 3.0;
        Assert.Equal(new[] { double.NaN, double.NaN, -2 * seed, -2 * (seed + 0.5 * (15 - seed)) }, result.GetPlot("value").Values.ToArray());
        Assert.All(result.GetPlot("length").Values.ToArray(), value => Assert.Equal(3, value));
    }

    [Fact]
    public void Plots_keep_their_last_color_and_colors_follow_Pines_palette_and_transparency()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(SetupInputsProbe.Create(), s_bars);

        Assert.Equal(new Color(0x08, 0x99, 0x81, 40), result.GetPlot("value").Color);
        Assert.Equal("#089981", new Color(0x08, 0x99, 0x81).ToHex());
        Assert.Equal("#08998199", result.GetPlot("value").Color!.Value.ToHex()); // 60 % opaque: alpha 153
        Assert.Equal("#010203", result.GetPlot("length").Color!.Value.ToHex());
        Assert.Equal(Color.FromHex("#F23645"), ScriptGen.Namespaces.ColorNamespace.Default.Red);
    }

    [Fact]
    public void Invalid_colors_are_rejected_with_the_valid_range()
    {
        var colors = ScriptGen.Namespaces.ColorNamespace.Default;
        Assert.Contains("color.rgb: red must be 0-255; got 256", Assert.Throws<ArgumentOutOfRangeException>(() => colors.Rgb(256, 0, 0)).Message);
        Assert.Contains("transparency must be 0-100; got 101", Assert.Throws<ArgumentOutOfRangeException>(() => colors.New(colors.Red, 101)).Message);
        Assert.Contains("expected #RRGGBB", Assert.Throws<FormatException>(() => Color.FromHex("teal")).Message);
    }

    [Fact]
    public void Plots_sharing_a_title_are_read_by_index_and_a_lookup_by_that_title_says_so()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(UntitledPlotsProbe.Create(), s_bars);

        Assert.Equal(new[] { ("Plot", 0), ("Plot", 1) }, result.Plots.Select(p => (p.Title, p.Index)));
        Assert.Equal(s_bars.Open.ToArray(), result.Plots[1].Values.ToArray());
        var failure = Assert.Throws<InvalidOperationException>(() => result.GetPlot("Plot"));
        Assert.Contains("has 2 plots titled 'Plot' (indexes 0, 1)", failure.Message);
    }
}
