using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Strings;

/// <summary>
/// <c>str.tostring</c>. Every expected string is TradingView's measured output, from PyneCore's tests
/// (github.com/PyneSys/pynecore, Apache-2.0, tests/t01_lib/t05_string/): test_001_str (TradingView's log,
/// data/test_001_str.txt), test_012_str_nonfinite and test_013_str_number_digits, whose expected strings are
/// stated there to be measured on TradingView.
/// </summary>
public sealed class StrToStringTests
{
    private const string M20 = "#.####################";

    private readonly PineStr _str = new(StrProbe.Create());

    [Fact]
    public void Values_print_as_TradingView_logged_them()
    {
        Assert.Equal("123", _str.ToString(123));
        Assert.Equal("12.3", _str.ToString(12.3));
        Assert.Equal("abc", _str.ToString("abc"));
        Assert.Equal("true", _str.ToString(true));
        Assert.Equal("123.00", _str.ToString(123, "#.00"));
        Assert.Equal("-00123.00", _str.ToString(-123, "00000.00"));
    }

    [Theory]
    // The shortest round-trip digits, not the binary expansion.
    [InlineData(0.1, M20, "0.1")]
    [InlineData(1.0 / 3.0, M20, "0.3333333333333333")]
    [InlineData(-36.51483716701107, "#.################", "-36.51483716701107")]
    [InlineData(123456789.123456789, "#.##########", "123456789.12345679")]
    [InlineData(12345.678901234567891, M20, "12345.678901234567")]
    // At most 16 decimals while the number is at least 1e-3.
    [InlineData(0.1 + 0.2, M20, "0.3")]
    [InlineData(0.1 + 0.2, "#.################", "0.3")]
    [InlineData(0.001234567890123456, M20, "0.0012345678901235")]
    [InlineData(0.0012345678901234567, M20, "0.0012345678901235")]
    [InlineData(0.009999999999999998, M20, "0.01")]
    [InlineData(0.0019999999999999996, M20, "0.002")]
    [InlineData(0.1 + 0.7, M20, "0.7999999999999999")]
    // No cap below 1e-3.
    [InlineData(0.00012345678901234567, M20, "0.00012345678901234567")]
    [InlineData(0.0001234567890123456, M20, "0.0001234567890123456")]
    [InlineData(0.0009999999999999998, M20, "0.0009999999999999998")]
    [InlineData(1e-17, M20, "0.00000000000000001")]
    [InlineData(1e-7, M20, "0.0000001")]
    // Half up over those digits.
    [InlineData(2.675, "#.##", "2.68")]
    [InlineData(2.675, "#.00", "2.68")]
    [InlineData(4.35, "#.#", "4.4")]
    [InlineData(-0.25, "#.#", "-0.3")]
    [InlineData(0.5, "#", "1")]
    [InlineData(1.5, "#", "2")]
    [InlineData(2.5, "#", "3")]
    [InlineData(123.456, "#", "123")]
    // Required decimals drop a zero integer part; an all-'#' mask keeps it.
    [InlineData(0.5, "#.#", "0.5")]
    [InlineData(0.5, "#.0", ".5")]
    [InlineData(-0.5, "#.0", "-.5")]
    [InlineData(0.05, "#.0", ".1")]
    [InlineData(0.5, "0.#", "0.5")]
    [InlineData(0.5, "0.0", "0.5")]
    [InlineData(0.0, "#.0", ".0")]
    [InlineData(123.0, "#.0", "123.0")]
    [InlineData(0.1, "#.00000000000000000000", ".10000000000000000000")]
    [InlineData(0.0, "#.##", "0")]
    [InlineData(0.0, "#", "0")]
    // Magnitudes far outside the mask.
    [InlineData(1e21, "#.##", "1000000000000000000000")]
    [InlineData(99999.99999999999999, M20, "100000")]
    // A negative subpattern.
    [InlineData(-3.5, "+#.##;-#.##", "-3.5")]
    public void A_number_pattern_prints_TradingViews_digits(double value, string format, string expected) =>
        Assert.Equal(expected, _str.ToString(value, format));

    [Fact]
    public void A_huge_number_prints_every_integer_digit() =>
        Assert.Equal("1" + new string('0', 100), _str.ToString(1e100, "#.##"));

    [Theory]
    [InlineData(double.PositiveInfinity, PineFormat.MinTickValue, "Infinity")]
    [InlineData(double.NegativeInfinity, PineFormat.MinTickValue, "-Infinity")]
    [InlineData(double.NaN, PineFormat.MinTickValue, "NaN")]
    [InlineData(double.PositiveInfinity, NumberText.DefaultPattern, "NaN")]
    [InlineData(double.PositiveInfinity, PineFormat.PercentValue, "NaN%")]
    [InlineData(double.PositiveInfinity, PineFormat.VolumeValue, "NaNT")]
    [InlineData(double.PositiveInfinity, PineFormat.PriceValue, "NaN")]
    [InlineData(double.PositiveInfinity, PineFormat.InheritValue, "NaN")]
    [InlineData(double.NaN, PineFormat.PercentValue, "NaN%")]
    [InlineData(double.NaN, PineFormat.VolumeValue, "NaN")]
    public void Non_finite_numbers_print_as_TradingViews_chart_formatter_prints_them(double value, string format, string expected) =>
        Assert.Equal(expected, _str.ToString(value, format));

    [Fact]
    public void Format_mintick_and_percent_print_finite_numbers_as_TradingView_does()
    {
        var format = default(PineFormat);
        Assert.Equal("1234.57", NumberText.ToString(1234.5678, format.MinTick, new SymbolInfo { MinTick = 0.01 }));
        Assert.Equal("25%", _str.ToString(0.25, format.Percent));
    }

    [Fact]
    public void Format_mintick_keeps_the_ticks_trailing_zeros()
    {
        // Pine's reference: format.mintick rounds to the nearest tick, ties up, "with trailing zeroes".
        Assert.Equal("1.20", NumberText.ToString(1.2, PineFormat.MinTickValue, new SymbolInfo { MinTick = 0.01 }));
        Assert.Equal("1.10000", NumberText.ToString(1.1, PineFormat.MinTickValue, new SymbolInfo { MinTick = 0.00001 }));
        Assert.Equal("4326", NumberText.ToString(4325.5, PineFormat.MinTickValue, new SymbolInfo { MinTick = 1 }));
    }

    [Fact]
    public void A_malformed_mask_is_refused_saying_why()
    {
        var failure = Assert.Throws<FormatException>(() => _str.ToString(1.5, "#.#.#"));

        Assert.Contains("\"#.#.#\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("two decimal points", failure.Message, StringComparison.Ordinal);
    }
}
