using System.CommandLine;

namespace ScriptGen.Cli;

/// <summary><c>--set Name=Value</c>: input overrides by the input's name (what <c>scriptgen inputs</c> lists), values as text.</summary>
internal sealed class InputAssignments
{
    public Option<string[]> Set { get; } = new("--set", "-s")
    {
        Description = "Set an input: Name=Value, by the input's name (see 'scriptgen inputs'). Repeatable.",
        HelpName = "NAME=VALUE",
    };

    public void AddTo(Command command) => command.Add(Set);

    /// <exception cref="UsageException">An assignment without '=' or a name given twice.</exception>
    public Dictionary<string, object?> Read(ParseResult parse)
    {
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (string assignment in parse.GetValue(Set) ?? [])
        {
            int equals = assignment.IndexOf('=');
            if (equals <= 0)
            {
                throw new UsageException($"--set expects Name=Value, e.g. --set FastLength=5; got '{assignment}'.");
            }

            string name = assignment[..equals].Trim();
            if (!inputs.TryAdd(name, assignment[(equals + 1)..]))
            {
                throw new UsageException($"--set gives input '{name}' twice.");
            }
        }

        return inputs;
    }
}
