using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ScriptGen.Generator.Tests.Infrastructure;
using static ScriptGen.CodeFixes.Tests.Infrastructure.CodeFixHarness;

namespace ScriptGen.CodeFixes.Tests.Infrastructure;

/// <summary>
/// Assertions on a code fix. Sources mark with <c>/*!*/</c> where the diagnostic starts; the fixed text is compared
/// exactly; the fixed text is built again and must report exactly the IDs expected to remain (none by default), so
/// every fix is shown to remove its diagnostic without adding another or a compile error.
/// </summary>
internal static class CodeFixAssert
{
    /// <summary>The usings every test source starts with (the package's implicit usings bring the first).</summary>
    public const string Usings = "using ScriptGen;\nusing ScriptGen.Namespaces;\n\n";

    /// <summary>
    /// A build of <paramref name="before"/> (<see cref="Usings"/> prepended) reports <paramref name="id"/> exactly at its
    /// marker; <paramref name="provider"/> offers the fix <paramref name="key"/> there, and applying it gives exactly
    /// <paramref name="after"/>, whose build reports exactly <paramref name="remaining"/>.
    /// </summary>
    public static async Task FixesAsync(CodeFixProvider provider, string id, string key, string before, string after, params string[] remaining)
    {
        (Document document, ImmutableArray<Diagnostic> reported) = await ReportedAtMarkersAsync(id, before, Usings);
        CodeAction action = Assert.Single(await ActionsAsync(provider, document, Assert.Single(reported)), a => a.EquivalenceKey == key);
        await AssertFixedAsync(await ApplyAsync(document, action), Usings + after, remaining);
    }

    /// <summary>As <see cref="FixesAsync"/> without <see cref="Usings"/>: <paramref name="before"/> is the whole file.</summary>
    public static async Task FixesFileAsync(CodeFixProvider provider, string id, string key, string before, string after, params string[] remaining)
    {
        (Document document, ImmutableArray<Diagnostic> reported) = await ReportedAtMarkersAsync(id, before, "");
        CodeAction action = Assert.Single(await ActionsAsync(provider, document, Assert.Single(reported)), a => a.EquivalenceKey == key);
        await AssertFixedAsync(await ApplyAsync(document, action), after, remaining);
    }

    /// <summary>
    /// A build of <paramref name="before"/> reports <paramref name="id"/> at each of its markers, and fixing all of them
    /// in the document at once with the fixes of <paramref name="key"/> gives exactly <paramref name="after"/>.
    /// </summary>
    public static async Task FixesAllAsync(CodeFixProvider provider, string id, string key, string before, string after, params string[] remaining)
    {
        (Document document, ImmutableArray<Diagnostic> reported) = await ReportedAtMarkersAsync(id, before, Usings);
        Assert.True(reported.Length > 1, "Fix all needs more than one diagnostic.");
        await AssertFixedAsync(await FixAllAsync(provider, document, key), Usings + after, remaining);
    }

    /// <summary>The equivalence keys of the fixes <paramref name="provider"/> offers for the diagnostic at the marker, in order.</summary>
    public static async Task<IReadOnlyList<string?>> OfferedAsync(CodeFixProvider provider, string id, string before)
    {
        (Document document, ImmutableArray<Diagnostic> reported) = await ReportedAtMarkersAsync(id, before, Usings);
        return (await ActionsAsync(provider, document, Assert.Single(reported))).Select(a => a.EquivalenceKey).ToList();
    }

    /// <summary>The diagnostic is reported at the marker, but the fix is not obvious there, so none is offered.</summary>
    public static async Task NotOfferedAsync(CodeFixProvider provider, string id, string before) =>
        Assert.Empty(await OfferedAsync(provider, id, before));

    private static async Task<(Document Document, ImmutableArray<Diagnostic> Reported)> ReportedAtMarkersAsync(string id, string before, string prefix)
    {
        MarkedSource marked = MarkedSource.Parse(ScriptPath, prefix + before);
        Assert.NotEmpty(marked.Markers);
        Document document = CreateDocument(marked.Text);
        ImmutableArray<Diagnostic> reported = (await DiagnosticsAsync(document)).Where(d => d.Id == id).ToImmutableArray();
        Assert.Equal(
            marked.Markers.Select(m => Where(id, ScriptPath, m)),
            reported.Select(d => Where(d.Id, d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition)));
        return (document, reported);
    }

    private static async Task AssertFixedAsync(Document fixedDocument, string expected, string[] remaining)
    {
        string actual = (await fixedDocument.GetTextAsync()).ToString();
        Assert.Equal(expected, actual);
        IReadOnlyList<Diagnostic> after = await DiagnosticsAsync(fixedDocument);
        Assert.True(
            remaining.SequenceEqual(after.Select(d => d.Id)),
            $"Expected after the fix: [{string.Join(", ", remaining)}]\nActual:\n  {string.Join("\n  ", after.Select(Describe))}");
    }
}
