using System.CommandLine;
using System.Globalization;

namespace ScriptGen.Cli.Data;

/// <summary>Options holding numbers, read in the invariant culture (<c>0.00001</c> everywhere, whatever the machine's locale).</summary>
internal static class Numbers
{
    public static Option<double?> DoubleOption(string name, string description, string helpName = "NUMBER") => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (TryParse(text, out double value))
            {
                return value;
            }

            result.AddError($"Option '{name}' expects a number such as 0.00001 (a '.' before decimals); got '{text}'.");
            return null;
        },
    };

    public static bool TryParse(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
