using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Strings;

/// <summary>
/// <c>str.format</c>. Every expected string is TradingView's measured output, from PyneCore's tests
/// (github.com/PyneSys/pynecore, Apache-2.0, tests/t01_lib/t05_string/): test_010_str_format (TradingView's log,
/// data/test_010_str_format.txt), and test_012_str_nonfinite, test_013_str_number_digits and
/// test_014_str_format_quotes, whose expected strings are stated there to be measured on TradingView.
/// </summary>
public sealed class StrFormatTests
{
    private readonly PineStr _str = new(StrProbe.Create());

    [Fact]
    public void The_reference_manuals_examples_print_as_TradingView_logged_them()
    {
        Assert.Equal("1.235", _str.Format("{0}", 1.23456789));
        Assert.Equal("1.3", _str.Format("{0,number,#.#}", 1.34));
        Assert.Equal("1", _str.Format("{0,number,integer}", 1.34));
        Assert.Equal("$1.34", _str.Format("{0,number,currency}", 1.34));
        Assert.Equal("50%", _str.Format("{0,number,percent}", 0.5));
        Assert.Equal("Number 1 is not equal to 4", _str.Format("Number {0} is not {1} to {2}", 1, "equal", 4));
        Assert.Equal("1.34 !=  1.3", _str.Format("{0} != {0, number, #.#}", 1.34));
        Assert.Equal("1 is equal to 1, but 2 is equal to 2", _str.Format("{0, number, integer} is equal to 1, but {1, number, integer} is equal to 2", 1.34, 1.52));
        Assert.Equal("The cash turnover amounted to $1,340,000.00", _str.Format("The cash turnover amounted to {0, number, currency}", 1340000));
        Assert.Equal("Expected return is 10% - 20%", _str.Format("Expected return is {0, number, percent} - {1, number, percent}", 0.1, 0.2));
    }

    [Theory]
    // The same digits and cap as str.tostring ...
    [InlineData(0.1, "{0,number,#.####################}", "0.1")]
    [InlineData(1.0 / 3.0, "{0,number,#.####################}", "0.3333333333333333")]
    [InlineData(0.30000000000000004, "{0,number,#.####################}", "0.3")]
    [InlineData(0.001234567890123456, "{0,number,#.####################}", "0.0012345678901235")]
    [InlineData(0.12345678901234567, "{0,number,#.####################}", "0.1234567890123457")]
    // ... rounded half even, a tie decided on the exact binary value.
    [InlineData(2.675, "{0,number,#.##}", "2.67")]
    [InlineData(0.5, "{0,number,#}", "0")]
    [InlineData(2.5, "{0,number,#}", "2")]
    [InlineData(0.75, "{0,number,#.#}", "0.8")]
    [InlineData(0.5, "{0,number,#.#}", "0.5")]
    [InlineData(0.5, "{0,number,#.0}", ".5")]
    [InlineData(0.05, "{0,number,#.#}", "0.1")]
    public void Numbers_print_TradingViews_digits(double value, string format, string expected) =>
        Assert.Equal(expected, _str.Format(format, value));

    [Theory]
    [InlineData("{0}", "1")]
    [InlineData("'{'", "{")]
    [InlineData("'}'", "}")]
    [InlineData("'{0}'", "{0}")]
    [InlineData("'{'0'}'", "{0}")]
    [InlineData("'{{ticker}}'", "{{ticker}}")]
    [InlineData("a'{'b'}'c", "a{b}c")]
    [InlineData("'abc'", "abc")]
    [InlineData("''", "'")]
    [InlineData("it''s {0}", "it's 1")]
    [InlineData("'{'''}'", "{'}")]
    [InlineData("'{0}' {0}", "{0} 1")]
    [InlineData("'{0}'{0}'{0}'", "{0}1{0}")]
    // An unclosed quote runs to the end.
    [InlineData("{0} 'unterminated {0}", "1 unterminated {0}")]
    [InlineData("x'", "x")]
    // An index with no argument prints as itself.
    [InlineData("{1}", "{1}")]
    public void Quotes_make_braces_literal(string format, string expected) =>
        Assert.Equal(expected, _str.Format(format, 1));

    [Fact]
    public void Arguments_are_not_read_for_quotes_and_a_json_body_keeps_its_braces()
    {
        Assert.Equal("a'b", _str.Format("{0}", "a'b"));
        Assert.Equal("1 {2}", _str.Format("{0} {2}", 1, 2));
        Assert.Equal("{\"price\": 1.23, \"tag\": \"{{ticker}}\"}", _str.Format("'{'\"price\": {0,number,#.##}, \"tag\": '\"{{ticker}}\"}'", 1.234));
    }

    [Theory]
    // A style keyword is trimmed and lowercased ...
    [InlineData("{0,NUMBER,#.#}", 1.234, "1.2")]
    [InlineData("{0, number, integer}", 1.34, "1")]
    [InlineData("{0, number, currency}", 1340000.0, "$1,340,000.00")]
    [InlineData("{0, number, percent}", 0.1, "10%")]
    // ... a number pattern keeps every character, its quotes included.
    [InlineData("{0, number, #.#}", 1.234, " 1.2")]
    [InlineData("{0,number,#.# }", 1.234, "1.2 ")]
    [InlineData("{0, number, #.# }", 1.234, " 1.2 ")]
    [InlineData("{0,number,#.#}", 1.34, "1.3")]
    [InlineData("{0,number,'#'.##}", 1.234, "#1.23")]
    public void A_style_keyword_is_trimmed_and_a_pattern_is_not(string format, double value, string expected) =>
        Assert.Equal(expected, _str.Format(format, value));

    [Theory]
    [InlineData("a{", "unmatched '{'")]
    [InlineData("{{0}}", "index \"{0}\"")]
    [InlineData("{0 ,number,#.#}", "index \"0 \"")]
    public void A_malformed_pattern_is_refused_naming_the_problem(string format, string problem)
    {
        var failure = Assert.Throws<FormatException>(() => _str.Format(format, 1.234));

        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "{0,number,#.###}", "∞")]
    [InlineData(double.NegativeInfinity, "{0,number,#.###}", "-∞")]
    [InlineData(double.NaN, "{0,number,#.###}", "NaN")]
    [InlineData(double.PositiveInfinity, "{0,number,integer}", "∞")]
    [InlineData(double.PositiveInfinity, "{0,number,currency}", "$∞")]
    [InlineData(double.PositiveInfinity, "{0,number,percent}", "∞%")]
    [InlineData(double.PositiveInfinity, "{0,number,+#.##;-#.##}", "+∞")]
    [InlineData(double.NaN, "{0,number,currency}", "NaN")]
    public void Non_finite_numbers_print_as_Javas_DecimalFormat_prints_them(double value, string format, string expected) =>
        Assert.Equal(expected, _str.Format(format, value));
}
