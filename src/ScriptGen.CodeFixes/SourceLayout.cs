using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ScriptGen.CodeFixes;

/// <summary>
/// How the user's file is laid out (its line ending, a line's indentation, its indent unit), so a fix writes
/// new lines the way the surrounding code is written instead of leaving them to a formatter's defaults.
/// </summary>
internal static class SourceLayout
{
    /// <summary>The file's line ending: the first one it uses (a one-line file has none; it gets "\n").</summary>
    public static string NewLine(SyntaxNode root)
    {
        foreach (SyntaxTrivia trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToFullString();
            }
        }

        return "\n";
    }

    /// <summary>
    /// <paramref name="node"/> without the elastic trivia SyntaxFactory puts on the tokens it creates. A code action
    /// reformats every span holding elastic trivia with the formatter's own layout; a fix that writes its whitespace
    /// from the file's layout (this class) removes the marks so the layout it chose stays as written.
    /// </summary>
    public static TNode WithoutElasticTrivia<TNode>(TNode node)
        where TNode : SyntaxNode =>
        node.ReplaceTokens(
            node.DescendantTokens(),
            (_, token) => token
                .WithLeadingTrivia(token.LeadingTrivia.Where(t => !t.HasAnnotation(SyntaxAnnotation.ElasticAnnotation)))
                .WithTrailingTrivia(token.TrailingTrivia.Where(t => !t.HasAnnotation(SyntaxAnnotation.ElasticAnnotation))));

    /// <summary>The spaces and tabs that start the line holding <paramref name="position"/>.</summary>
    public static string LineIndentation(SourceText text, int position)
    {
        TextLine line = text.Lines.GetLineFromPosition(position);
        int end = line.Start;
        while (end < line.End && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text.ToString(TextSpan.FromBounds(line.Start, end));
    }

    /// <summary>
    /// One level of indentation: how much deeper <paramref name="inner"/> starts than <paramref name="outer"/>
    /// (a statement against its block's brace), four spaces when the two do not nest.
    /// </summary>
    public static string IndentUnit(string outer, string inner) =>
        inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal) ? inner.Substring(outer.Length) : "    ";

    /// <summary>Whether <paramref name="token"/> is the first thing on its line (an opening brace in Allman style).</summary>
    public static bool StartsLine(SourceText text, SyntaxToken token) =>
        LineIndentation(text, token.SpanStart).Length == token.SpanStart - text.Lines.GetLineFromPosition(token.SpanStart).Start;

    /// <summary>
    /// <paramref name="leading"/> with every line it starts indented by <paramref name="indentation"/>: comments
    /// above a moved statement move with it and line up with its new place.
    /// </summary>
    public static SyntaxTriviaList Reindent(SyntaxTriviaList leading, string indentation)
    {
        var result = new System.Collections.Generic.List<SyntaxTrivia>();
        bool lineStart = true;
        foreach (SyntaxTrivia trivia in leading)
        {
            if (trivia.IsKind(SyntaxKind.WhitespaceTrivia) && lineStart)
            {
                continue;
            }

            if (lineStart)
            {
                result.Add(SyntaxFactory.Whitespace(indentation));
            }

            result.Add(trivia);
            lineStart = trivia.IsKind(SyntaxKind.EndOfLineTrivia) || (trivia.HasStructure && trivia.ToFullString().EndsWith("\n", StringComparison.Ordinal));
        }

        if (lineStart)
        {
            result.Add(SyntaxFactory.Whitespace(indentation));
        }

        return SyntaxFactory.TriviaList(result);
    }

    /// <summary><paramref name="trailing"/>, ending the line if it does not already.</summary>
    public static SyntaxTriviaList EndingLine(SyntaxTriviaList trailing, string newLine) =>
        trailing.Any(SyntaxKind.EndOfLineTrivia) ? trailing : SyntaxFactory.TriviaList(trailing.Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia))).Add(SyntaxFactory.EndOfLine(newLine));

    /// <summary>
    /// The blank lines at the start of <paramref name="leading"/> (what separates a member or statement from the
    /// one before it) and the remainder (its comments and indentation).
    /// </summary>
    public static (SyntaxTriviaList BlankLines, SyntaxTriviaList Remainder) SplitBlankLines(SyntaxTriviaList leading)
    {
        int split = 0;
        for (int i = 0; i < leading.Count; i++)
        {
            if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                split = i + 1;
            }
            else if (!leading[i].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                break;
            }
        }

        return (SyntaxFactory.TriviaList(leading.Take(split)), SyntaxFactory.TriviaList(leading.Skip(split)));
    }
}
