using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Trackboard.Cli.Io;
using Trackboard.Cli.Output;
using Trackboard.Contracts.Model;

namespace Trackboard.Cli.Commands;

/// <summary><c>trackboard explain EVENT --contract C</c>: an event's properties, rules and guidance, for people.</summary>
internal sealed class ExplainCommand(CliContext context)
{
    private readonly Argument<string> _event = new("event") { Description = "The event name, exactly as in the contract." };
    private readonly Option<string> _contract = new("--contract", "-c") { Description = "The contract file.", Required = true };

    public Command Build()
    {
        var command = new Command("explain", "Show an event's properties, rules and implementation guidance.") { _event, _contract };
        command.SetAction(parse => Run(parse.GetRequiredValue(_event), parse.GetRequiredValue(_contract)));
        return command;
    }

    private int Run(string eventName, string contractPath)
    {
        var contract = ContractFiles.Load(contractPath, context);
        var definition = contract.FindEvent(eventName);
        if (definition is null)
        {
            var near = contract.Events.Select(e => e.EventName)
                .Where(n => n.Contains(eventName, StringComparison.OrdinalIgnoreCase) || eventName.Contains(n, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).Take(5).ToList();
            var hint = near.Count > 0 ? " Did you mean: " + string.Join(", ", near) + "?" : $" It has {contract.Events.Count} event(s); `trackboard explain` needs one of their names.";
            throw CliException.Usage($"{contractPath} has no event named '{eventName}'.{hint}");
        }

        var console = Consoles.For(context.Out, context.OutIsTerminal);
        console.Write(new Markup($"[bold]{Markup.Escape(definition.EventName)}[/] ({Status(definition.Status)})"));
        console.WriteLine();
        WriteField(console, "Description", definition.Description);
        WriteField(console, "Category", definition.Category);
        WriteField(console, "Owner", definition.Owner);
        WriteField(console, "Tags", definition.Tags.Count > 0 ? string.Join(", ", definition.Tags) : null);
        console.WriteLine();

        var table = new Table().Border(TableBorder.Minimal)
            .AddColumns("Property", "Type", "Required", "Rules", "Description");
        var globals = definition.GlobalProperties.ToHashSet(StringComparer.Ordinal);
        foreach (var property in contract.GetMergedProperties(definition))
        {
            AddRows(table, property, property.Name, globals.Contains(property.Name) && !definition.Properties.Any(p => p.Name == property.Name));
        }

        if (table.Rows.Count == 0)
        {
            console.WriteLine("No properties: send an empty `properties` object.");
        }
        else
        {
            console.Write(table);
        }

        if (definition.ImplementationGuidance is { } guidance)
        {
            console.WriteLine();
            ExplainGuidance.Write(console, guidance);
        }

        return ExitCodes.Ok;
    }

    private static void AddRows(Table table, PropertyDefinition property, string path, bool global)
    {
        table.AddRow(
            Markup.Escape(path + (global ? " (global)" : "")),
            Markup.Escape(TypeName(property)),
            property.Required ? "yes" : "no",
            Markup.Escape(Rules(property)),
            Markup.Escape(property.Description ?? ""));
        if (property.Properties is { } members)
        {
            foreach (var member in members)
            {
                AddRows(table, member, path + "." + member.Name, false);
            }
        }

        if (property.Items is { } items)
        {
            AddRows(table, items with { Name = "" }, path + "[]", false);
        }
    }

    private static string TypeName(PropertyDefinition property) =>
        property.Type.ToString().ToLowerInvariant() + (property.Pii ? " (pii)" : "");

    private static string Rules(PropertyDefinition property)
    {
        var c = property.Constraints;
        var rules = new List<string>();
        if (c.EnumValues is { } values)
        {
            rules.Add("one of " + string.Join(", ", values.Select(v => v.Kind == ScalarKind.String ? "\"" + v + "\"" : v.ToString())));
        }

        Add(rules, ">= ", c.Min);
        Add(rules, "<= ", c.Max);
        Add(rules, "length >= ", c.MinLength);
        Add(rules, "length <= ", c.MaxLength);
        Add(rules, "items >= ", c.MinItems);
        Add(rules, "items <= ", c.MaxItems);
        if (c.Pattern is { } pattern)
        {
            rules.Add("matches /" + pattern + "/");
        }

        if (c.Format is { } format)
        {
            rules.Add("format " + format);
        }

        return string.Join("; ", rules);
    }

    private static void Add(List<string> rules, string label, double? value)
    {
        if (value is { } v)
        {
            rules.Add(label + NumberRules.Format(v));
        }
    }

    private static void Add(List<string> rules, string label, long? value)
    {
        if (value is { } v)
        {
            rules.Add(label + v.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void WriteField(IAnsiConsole console, string label, string? value)
    {
        if (value is not null)
        {
            console.Write(new Markup($"[grey]{label}:[/] {Markup.Escape(value)}"));
            console.WriteLine();
        }
    }

    private static string Status(EventStatus status) => status switch
    {
        EventStatus.Deprecated => "[yellow]deprecated[/]",
        EventStatus.Planned => "[blue]planned[/]",
        _ => "active",
    };
}
