using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests;

/// <summary>The golden comparison itself must fail on a difference, and say where.</summary>
public sealed class GoldenFileHelperTests
{
    [Fact]
    public void Equal_texts_have_no_difference() =>
        Assert.Null(GoldenFile.Describe("a\nb\n", "a\nb\n"));

    [Fact]
    public void A_changed_line_is_reported_with_its_number_and_both_versions()
    {
        string? difference = GoldenFile.Describe("one\ntwo\nthree\n", "one\ntwo\nTHREE\n");

        Assert.NotNull(difference);
        Assert.Contains("line 3", difference);
        Assert.Contains("expected: \"three\"", difference);
        Assert.Contains("actual:   \"THREE\"", difference);
    }

    [Fact]
    public void A_missing_line_is_reported_as_the_end_of_the_shorter_file()
    {
        string? difference = GoldenFile.Describe("one\ntwo\n", "one\n");

        Assert.NotNull(difference);
        Assert.Contains("line 2", difference);
        Assert.Contains("expected: \"two\"", difference);
        Assert.Contains("actual:   (end of file)", difference);
    }

    [Fact]
    public void A_missing_final_newline_is_reported_as_such() =>
        Assert.Contains("newline at the end", GoldenFile.Describe("class A { }\n", "class A { }"));

    [Fact]
    public void A_mismatch_with_a_golden_file_fails_the_test()
    {
        string path = WriteTemporaryGolden("// generated\nclass A { }\n");
        try
        {
            var failure = Assert.ThrowsAny<Exception>(() => GoldenFile.AssertMatches(path, "// generated\nclass B { }\n", update: false));

            Assert.Contains(Path.GetFileName(path), failure.Message);
            Assert.Contains("First difference at line 2", failure.Message);
            Assert.Contains(GoldenFile.UpdateVariable, failure.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Line_endings_of_a_checked_out_golden_file_do_not_matter()
    {
        string path = WriteTemporaryGolden("// generated\r\nclass A { }\r\n");
        try
        {
            GoldenFile.AssertMatches(path, "// generated\nclass A { }\n", update: false);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Update_mode_rewrites_the_golden_file_instead_of_failing()
    {
        string path = WriteTemporaryGolden("old\n");
        try
        {
            GoldenFile.AssertMatches(path, "new\n", update: true);

            Assert.Equal("new\n", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string WriteTemporaryGolden(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"scriptgen-golden-{Guid.NewGuid():N}.output.cs");
        File.WriteAllText(path, text);
        return path;
    }
}
