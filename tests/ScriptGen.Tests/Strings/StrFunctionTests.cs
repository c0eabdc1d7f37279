using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Strings;

/// <summary>
/// The string functions of Pine's <c>str</c>. Every expected value is TradingView's measured output, from PyneCore's
/// tests (github.com/PyneSys/pynecore, Apache-2.0): tests/t01_lib/t05_string/test_001_str.py, whose script logged
/// each call on TradingView into data/test_001_str.txt, and the cases that file marks as measured on TradingView.
/// </summary>
public sealed class StrFunctionTests
{
    private readonly PineStr _str = new(StrProbe.Create());

    [Fact]
    public void The_searches_answer_as_TradingView_logged()
    {
        Assert.True(_str.Contains("Hello World!", "!"));
        Assert.False(_str.Contains("Hello World!", "?"));
        Assert.True(_str.EndsWith("Hello World!", "!"));
        Assert.False(_str.EndsWith("Hello World!", "?"));
        Assert.True(_str.StartsWith("Hello World!", "Hello"));
        Assert.Equal(6, _str.Pos("Hello World!", "World"));
        Assert.Equal("Hello", _str.Match("Hello World!", "[\\w]+"));
    }

    [Fact]
    public void The_edits_give_what_TradingView_logged()
    {
        Assert.Equal(12, _str.Length("Hello World!"));
        Assert.Equal("hello world!", _str.Lower("Hello World!"));
        Assert.Equal("HELLO WORLD!", _str.Upper("Hello World!"));
        Assert.Equal("Hello World!", _str.Trim("  Hello World!  "));
        Assert.Equal("Hello Pyne!", _str.Replace("Hello World!", "World", "Pyne"));
        Assert.Equal("Hello Pyne! Hello Pyne!", _str.ReplaceAll("Hello World! Hello World!", "World", "Pyne"));
        Assert.Equal("World", _str.Substring("Hello World!", 6, 11));
        Assert.Equal(["Hello", "World!"], _str.Split("Hello World!", " "));
        // The log shows "Hello Hello Hello": its lines lose trailing spaces; Pine's definition repeats the source whole.
        Assert.Equal("Hello Hello Hello ", _str.Repeat("Hello ", 3));
    }

    [Fact]
    public void ToNumber_reads_numbers_and_gives_na_for_anything_else()
    {
        Assert.Equal(123, _str.ToNumber("123"));
        Assert.Equal(12.3, _str.ToNumber("12.3"));
        Assert.True(double.IsNaN(_str.ToNumber("abc")));
    }

    [Theory]
    // The nth occurrence, from 0, found by an overlapping scan; none: the source unchanged (measured on TradingView).
    [InlineData("aXbXcXd", "X", 0, "a-bXcXd")]
    [InlineData("aXbXcXd", "X", 1, "aXb-cXd")]
    [InlineData("aXbXcXd", "X", 2, "aXbXc-d")]
    [InlineData("aXbXcXd", "X", 3, "aXbXcXd")]
    [InlineData("abc", "X", 0, "abc")]
    [InlineData("aaaa", "aa", 0, "-aa")]
    [InlineData("aaaa", "aa", 1, "a-a")]
    [InlineData("aaaa", "aa", 2, "aa-")]
    [InlineData("aaaa", "aa", 3, "aaaa")]
    // An empty target is a position, clamped to the end.
    [InlineData("abc", "", 0, "-abc")]
    [InlineData("abc", "", 2, "ab-c")]
    [InlineData("abc", "", 3, "abc-")]
    [InlineData("abc", "", 4, "abc-")]
    [InlineData("", "", 1, "-")]
    public void Replace_replaces_the_nth_occurrence(string source, string target, int occurrence, string expected) =>
        Assert.Equal(expected, _str.Replace(source, target, "-", occurrence));

    [Fact]
    public void Split_keeps_empty_parts_and_an_empty_separator_splits_characters()
    {
        // Measured on TradingView.
        Assert.Equal(["a", "b", "c"], _str.Split("abc", ""));
        Assert.Equal(["h", "é", "l", "ó"], _str.Split("héló", ""));
        Assert.Equal([""], _str.Split("", ""));
        Assert.Equal([""], _str.Split("", ","));
        Assert.Equal(["a", "b", "", "c"], _str.Split("a,b,,c", ","));
        Assert.Equal(["", "a", ""], _str.Split(",a,", ","));
    }

    [Fact]
    public void An_na_string_gives_na_or_no_match()
    {
        // Pine's na propagation: na in, na out (PyneCore's __test_str_contains_na__ and the na cases of test_001).
        Assert.False(_str.Contains(null, "Closes"));
        Assert.False(_str.Contains("Market Closes", null));
        Assert.Null(_str.Replace(null, "a", "b"));
        Assert.Null(_str.Upper(null));
        Assert.Null(_str.Format(null, 1));
        Assert.True(double.IsNaN(_str.Pos("abc", "z")));
        Assert.True(double.IsNaN(_str.ToNumber(null)));
    }
}
