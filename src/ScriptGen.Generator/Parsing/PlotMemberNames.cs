using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// The C# name an importer reads a plot by (<c>rsi.Plots.RSI</c>): the title's letters and digits, each
/// word capitalised ("Fast EMA" -> <c>FastEMA</c>, "upper band" -> <c>UpperBand</c>), <c>Plot</c> and
/// its number when nothing is left, and a number appended when two plots would share a name.
/// </summary>
internal static class PlotMemberNames
{
    /// <summary>Names a plot must not take: the members every struct has, and the struct's own name.</summary>
    private static readonly string[] s_taken = { "Equals", "GetHashCode", "GetType", "ToString", "PlotValues" };

    public static string Unique(string title, IReadOnlyList<Model.PlotSpec> earlier)
    {
        string name = FromTitle(title, earlier.Count);
        string candidate = name;
        for (int suffix = 2; s_taken.Contains(candidate) || earlier.Any(p => p.MemberName == candidate); suffix++)
        {
            candidate = name + "_" + suffix;
        }

        return candidate;
    }

    private static string FromTitle(string title, int index)
    {
        var name = new StringBuilder();
        bool wordStart = true;
        foreach (char c in title)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_')
            {
                wordStart = true;
                continue;
            }

            name.Append(wordStart ? char.ToUpperInvariant(c) : c);
            wordStart = false;
        }

        if (name.Length == 0)
        {
            return "Plot" + index;
        }

        return SyntaxFacts.IsIdentifierStartCharacter(name[0]) ? name.ToString() : "_" + name;
    }
}
