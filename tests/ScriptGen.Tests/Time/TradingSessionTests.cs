namespace ScriptGen.Tests.Time;

/// <summary>Pine session strings as TradingView writes them (Pine v5 reference: session strings, <c>input.session</c>), and the symbol's kind defaults.</summary>
public sealed class TradingSessionTests
{
    [Theory]
    [InlineData("0930-1600", 570, 960, 0b1111_1110)]
    [InlineData("0930-1600:23456", 570, 960, 0b0111_1100)]
    [InlineData("1700-1700:23456", 1020, 1020, 0b0111_1100)]
    [InlineData("1700-1600:1", 1020, 960, 0b0000_0010)]
    [InlineData("0000-2400:7", 0, 1440, 0b1000_0000)]
    [InlineData("24x7", 0, 0, 0b1111_1110)]
    public void A_session_string_reads_as_its_first_range_and_its_days(string text, int start, int end, int days)
    {
        TradingSession session = TradingSession.Parse(text);

        Assert.Equal(new SessionRange(start, end), session.Ranges[0]);
        Assert.Equal(days, Enum.GetValues<DayOfWeek>().Sum(d => session.TradesOn(d) ? 1 << ((int)d + 1) : 0));
        Assert.Equal(text, session.Text);
    }

    [Fact]
    public void Several_ranges_share_the_days_and_an_overnight_range_ends_the_next_day()
    {
        TradingSession session = TradingSession.Parse("0930-1200,1300-1600,1800-0200:23456");

        Assert.Equal([new SessionRange(570, 720), new SessionRange(780, 960), new SessionRange(1080, 120)], session.Ranges);
        Assert.True(session.Ranges[2].EndsNextDay);
        Assert.Equal(480, session.Ranges[2].LengthMinutes);
        Assert.Equal(1440, TradingSession.Parse("1700-1700").Ranges[0].LengthMinutes);
        Assert.False(session.TradesOn(DayOfWeek.Sunday));
    }

    [Theory]
    [InlineData("", 0, "expected an opening time of four digits HHMM")]
    [InlineData("930-1600", 3, "expected an opening time of four digits HHMM")]
    [InlineData("0930_1600", 4, "expected '-' between the opening and closing times")]
    [InlineData("0930-2500", 5, "'2500' is not a time of day; hours are 00-23 (or 2400 for the end of the day)")]
    [InlineData("2400-0100", 0, "'2400' is not a time of day; hours are 00-23 and minutes 00-59")]
    [InlineData("0960-1600", 0, "'0960' is not a time of day")]
    [InlineData("0930-1600:", 10, "expected the days after ':'")]
    [InlineData("0930-1600:2348", 13, "'8' is not a day; days are 1 (Sunday) to 7 (Saturday)")]
    [InlineData("0930-1600:232", 12, "day 2 is written twice")]
    [InlineData("0930-1600 ", 9, "unexpected ' '")]
    [InlineData("0930-1600,", 10, "expected an opening time")]
    [InlineData("24x5", 2, "expected an opening time")]
    public void A_malformed_session_names_the_string_the_position_and_what_is_valid(string text, int position, string reason)
    {
        var problem = Assert.Throws<SessionFormatException>(() => TradingSession.Parse(text));

        Assert.Equal(text, problem.Session);
        Assert.Equal(position, problem.Position);
        Assert.StartsWith($"'{text}' is not a Pine session: at position {position}, ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.Contains("such as \"0930-1600:23456\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbol_takes_its_kinds_session_zone_and_quantity_step_unless_it_sets_them()
    {
        SymbolInfo forex = SymbolInfo.For(SymbolKind.Forex, "EURUSD");
        SymbolInfo custom = forex with { Session = "0000-0000:23456", TimeZone = "Europe/London", QuantityStep = 1 };

        Assert.Equal(("forex", "1700-1700:23456", "America/New_York", 0.1), (forex.Type, forex.Session, forex.TimeZone, forex.QuantityStep));
        Assert.Equal(("0000-0000:23456", "Europe/London", 1.0), (custom.Session, custom.TimeZone, custom.QuantityStep));
        Assert.Equal(("crypto", "24x7", "UTC"), (SymbolInfo.For(SymbolKind.Crypto, "BTCUSD").Type, SymbolInfo.For(SymbolKind.Crypto, "BTCUSD").Session, SymbolInfo.For(SymbolKind.Crypto, "BTCUSD").TimeZone));
        Assert.Equal(("", "24x7", "UTC", 0.0), (SymbolInfo.Default.Type, SymbolInfo.Default.Session, SymbolInfo.Default.TimeZone, SymbolInfo.Default.QuantityStep));
        Assert.Equal("FX:EURUSD", (forex with { Prefix = "FX" }).TickerId);
        Assert.Equal("EURUSD", forex.TickerId);
        Assert.Equal(("regular", "extended"), (forex.SessionType, (forex with { PreMarket = "0400-0930" }).SessionType));
        Assert.Equal(SymbolKind.Futures, SymbolKindDefaults.ParsePineType("FUTURES"));
        Assert.Contains("use one of forex, crypto, stock", Assert.Throws<ArgumentException>(() => SymbolKindDefaults.ParsePineType("cfd")).Message, StringComparison.Ordinal);
        Assert.Equal(Enum.GetValues<SymbolKind>(), SymbolKindDefaults.All.Select(d => d.Kind));
        Assert.All(SymbolKindDefaults.All, d => TradingSession.Parse(d.Session));
    }

    [Fact]
    public void A_symbol_with_a_malformed_session_fails_validation_naming_the_symbol_and_the_field()
    {
        var problem = Assert.Throws<SessionFormatException>(() => (SymbolInfo.For(SymbolKind.Stock, "AAPL") with { PostMarket = "1600-2000:0" }).Validate());

        Assert.Equal(10, problem.Position);
        Assert.StartsWith("Symbol 'AAPL': PostMarket: '1600-2000:0' is not a Pine session: at position 10, '0' is not a day", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Kind 99 is not a SymbolKind", Assert.Throws<ScriptEngineException>(() => new SymbolInfo { Kind = (SymbolKind)99 }.Validate()).Message, StringComparison.Ordinal);
    }
}
