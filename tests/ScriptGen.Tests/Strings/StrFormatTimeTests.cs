using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Strings;

/// <summary>
/// <c>str.format_time</c>. Expected strings are TradingView's measured output, from PyneCore's tests
/// (github.com/PyneSys/pynecore, Apache-2.0, tests/t01_lib/t05_string/): test_001_str and test_011_str_format_time,
/// whose scripts logged each call on TradingView (data/test_001_str.txt, data/test_011_str_format_time.txt).
/// </summary>
public sealed class StrFormatTimeTests
{
    /// <summary>2025-01-01 01:23:45 at UTC-5, as the measured scripts' <c>timestamp("2025-01-01 01:23:45-05:00")</c>.</summary>
    private static readonly long s_time = new DateTimeOffset(2025, 1, 1, 1, 23, 45, TimeSpan.FromHours(-5)).ToUnixTimeMilliseconds();

    private readonly PineStr _str = new(StrProbe.Create());

    [Theory]
    [InlineData("yyyy-MM-dd HH:mm", "UTC-4", "2025-01-01 02:23")]
    [InlineData("HH:mm:ss", "UTC", "06:23:45")]
    [InlineData("yyyy/MM/dd", "UTC+1", "2025/01/01")]
    [InlineData("dd-MM-yyyy HH:mm", "UTC-8", "31-12-2024 22:23")]
    public void A_pattern_and_zone_print_as_TradingView_logged(string format, string timezone, string expected) =>
        Assert.Equal(expected, _str.FormatTime(s_time, format, timezone));

    [Fact]
    public void Without_a_pattern_the_time_prints_in_ISO_form_in_the_given_zone() =>
        // TradingView logged this with the exchange at UTC-5 and no zone given; here the zone is named.
        Assert.Equal("2025-01-01T01:23:45-0500", _str.FormatTime(s_time, timezone: "UTC-5"));

    [Fact]
    public void Pine_argument_names_and_an_iana_zone_work()
    {
        // PyneCore's __test_str_format_time_pine_argument_names__ (2022-01-01 00:00 UTC).
        Assert.Equal("2022-01-01", _str.FormatTime(1640995200000, format: "yyyy-MM-dd", timezone: "UTC"));
        Assert.Equal("02:00", _str.FormatTime(1640995200000, format: "HH:mm", timezone: "UTC+2"));
        Assert.Equal("2021-12-31 19:00 -0500", _str.FormatTime(1640995200000, "yyyy-MM-dd HH:mm Z", "America/New_York"));
    }

    [Fact]
    public void Na_time_gives_na() => Assert.Null(_str.FormatTime(double.NaN));

    [Fact]
    public void An_unknown_zone_or_letter_is_refused_saying_why()
    {
        var zone = Assert.Throws<ArgumentException>(() => _str.FormatTime(s_time, "HH:mm", "Mars/Olympus"));
        Assert.Contains("'Mars/Olympus' is not a time zone", zone.Message, StringComparison.Ordinal);

        var letter = Assert.Throws<FormatException>(() => _str.FormatTime(s_time, "HH:mm q"));
        Assert.Contains("the letter 'q'", letter.Message, StringComparison.Ordinal);
    }
}
