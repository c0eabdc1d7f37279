using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.MultiTimeframe;

/// <summary>What the run refuses when an import asks for bars it cannot give, and what the message says.</summary>
public sealed class SecurityRequestErrorTests
{
    private static readonly Bars s_hourly = TestBars.Closes([.. Enumerable.Range(0, 48).Select(i => 100.0 + i)]);

    private static ScriptRuntimeException Fails(string timeframe, string symbol = "", BarsSet? symbols = null) =>
        Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(
            SecurityRequestProbe.Create(new SecurityRequestProbe.Inputs { Period = timeframe, Ticker = symbol }),
            s_hourly,
            new RunOptions { Symbol = SymbolInfo.For(SymbolKind.Crypto, "BTCUSDT"), Symbols = symbols }));

    [Fact]
    public void A_symbol_the_run_has_no_bars_of_is_named_with_the_ones_it_has()
    {
        var others = new BarsSet(new SymbolBars(SymbolInfo.For(SymbolKind.Crypto, "ETHUSDT"), s_hourly));

        ScriptRuntimeException failure = Fails("D", "SOLUSDT", others);

        Assert.Equal("security request probe", failure.ScriptTitle);
        Assert.Contains("imports 'OwnBar' on symbol 'SOLUSDT', which the run has no bars of", failure.Message);
        Assert.Contains("the chart is 'BTCUSDT' and the run's symbols are 'ETHUSDT'", failure.Message);
    }

    [Fact]
    public void Without_other_symbols_the_message_says_how_to_give_them()
    {
        Assert.Contains("give them as RunOptions.Symbols", Fails("D", "ETHUSDT").Message);
    }

    [Fact]
    public void A_timeframe_lower_than_the_charts_is_refused()
    {
        ScriptRuntimeException failure = Fails("15");

        Assert.Contains("on timeframe \"15\", which is lower than the chart's \"60\"", failure.Message);
    }

    [Fact]
    public void A_timeframe_given_at_run_time_that_is_not_a_Pine_timeframe_is_refused_with_the_valid_forms()
    {
        ScriptRuntimeException failure = Fails("4H");

        Assert.Contains("on timeframe \"4H\", which is not a Pine timeframe", failure.Message);
        Assert.Contains("\"240\", \"1S\", \"D\"", failure.Message);
    }

    [Fact]
    public void Another_symbols_bars_of_a_higher_timeframe_than_asked_are_refused()
    {
        Bars daily = Bars.FromArrays([TestBars.Start, TestBars.Start + 86_400_000], [1.0, 2], [1.0, 2], [1.0, 2], [1.0, 2]);
        var others = new BarsSet(new SymbolBars(SymbolInfo.For(SymbolKind.Crypto, "ETHUSDT"), daily));

        ScriptRuntimeException failure = Fails("240", "ETHUSDT", others);

        Assert.Contains("the run's bars of 'ETHUSDT' are \"D\" bars", failure.Message);
    }

    [Fact]
    public void An_indicator_on_another_timeframe_importing_on_a_third_one_is_refused()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(
            NestedTimeframes.Create(), s_hourly, new RunOptions { Symbol = SymbolInfo.For(SymbolKind.Crypto, "BTCUSDT") }));

        Assert.Equal("weekly from daily", failure.ScriptTitle);
        Assert.Contains("imports on its own bars only", failure.Message);
    }
}
