using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ScriptGen.Cli.Loading;
using Spectre.Console;

namespace ScriptGen.Cli.Commands;

/// <summary><c>scriptgen inputs SCRIPT</c>: the script's inputs (what <c>--set</c> and <c>--grid</c> take) with types, defaults, bounds and titles.</summary>
internal static class InputsCommand
{
    public static Command Create(CommandContext context)
    {
        var script = new ScriptOptions();
        var json = new Option<bool>("--json") { Description = "Print the inputs as JSON instead of a table." };
        var command = new Command("inputs", "List a script's inputs: names (for --set and --grid), types, defaults, bounds and titles.");
        script.AddTo(command);
        command.Add(json);

        context.SetAction(command, (parse, terminal) =>
        {
            using ScriptLoader loader = script.CreateLoader(parse);
            ScriptMetadata metadata = loader.Load(script.ScriptPath(parse), script.Includes(parse), terminal).Metadata;
            if (parse.GetValue(json))
            {
                WriteJson(terminal.Output, metadata);
                return ExitCodes.Success;
            }

            string kind = metadata.Kind == ScriptKind.Strategy ? "strategy" : "indicator";
            terminal.Output.WriteLine($"{metadata.Title} ({metadata.TypeName}), {kind}{(metadata.Overlay ? ", drawn on the price chart" : string.Empty)}");
            if (metadata.Inputs.Count == 0)
            {
                terminal.Output.WriteLine("No inputs.");
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("Name");
            table.AddColumn("Title");
            table.AddColumn("Type");
            table.AddColumn(new TableColumn("Default").RightAligned());
            table.AddColumn(new TableColumn("Min").RightAligned());
            table.AddColumn(new TableColumn("Max").RightAligned());
            table.AddColumn(new TableColumn("Step").RightAligned());
            table.AddColumn("Group");
            table.AddColumn("Tooltip");
            foreach (InputMetadata input in metadata.Inputs)
            {
                table.AddRow(
                    Markup.Escape(input.Name),
                    Markup.Escape(input.Title),
                    TypeName(input.Type),
                    Markup.Escape(Value(input.DefaultValue)),
                    Bound(input.MinValue),
                    Bound(input.MaxValue),
                    Bound(input.Step),
                    Markup.Escape(input.Group ?? string.Empty),
                    Markup.Escape(input.Tooltip ?? string.Empty));
            }

            terminal.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(TextWriter output, ScriptMetadata metadata)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", metadata.Title);
            json.WriteString("type", metadata.TypeName);
            json.WriteString("kind", metadata.Kind == ScriptKind.Strategy ? "strategy" : "indicator");
            json.WriteStartArray("inputs");
            foreach (InputMetadata input in metadata.Inputs)
            {
                json.WriteStartObject();
                json.WriteString("name", input.Name);
                json.WriteString("title", input.Title);
                json.WriteString("type", TypeName(input.Type));
                json.WritePropertyName("default");
                switch (input.DefaultValue)
                {
                    case bool b: json.WriteBooleanValue(b); break;
                    case int i: json.WriteNumberValue(i); break;
                    case double d: json.WriteNumberValue(d); break;
                    default: json.WriteStringValue(Value(input.DefaultValue)); break;
                }

                WriteOptional(json, "min", input.MinValue);
                WriteOptional(json, "max", input.MaxValue);
                WriteOptional(json, "step", input.Step);
                if (input.Group is not null)
                {
                    json.WriteString("group", input.Group);
                }

                if (input.Tooltip is not null)
                {
                    json.WriteString("tooltip", input.Tooltip);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    private static string TypeName(InputType type) => type switch
    {
        InputType.Int => "int",
        InputType.Float => "float",
        InputType.Bool => "bool",
        _ => "string",
    };

    private static string Value(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Bound(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
