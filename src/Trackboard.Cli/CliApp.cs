using System.CommandLine;
using System.CommandLine.Help;
using Trackboard.Cli.Commands;

namespace Trackboard.Cli;

/// <summary>The entry point: parses the arguments, runs one command, maps failures to exit codes.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync("error: " + error.Message);
            }

            await WriteUsageAsync(parse, context, cancellationToken);
            await context.Error.FlushAsync(cancellationToken);
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (CliException failure)
        {
            await context.Error.WriteLineAsync("error: " + failure.Message);
            foreach (var detail in failure.Details)
            {
                await context.Error.WriteLineAsync("  " + detail);
            }

            if (failure.ExitCode == ExitCodes.Usage)
            {
                await WriteUsageAsync(parse, context, cancellationToken);
            }

            return failure.ExitCode;
        }
        finally
        {
            await context.Out.FlushAsync(cancellationToken);
            await context.Error.FlushAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The command tree. The root is named <c>trackboard</c> explicitly (a <see cref="RootCommand"/> takes the
    /// process name, which is <c>testhost</c> in-process and <c>dotnet</c> under <c>dotnet run</c>).
    /// </summary>
    public static Command BuildRoot(CliContext context)
    {
        var root = new Command("trackboard", "Validate events against tracking contracts, diff contracts for breaking changes, import and export them.")
        {
            new ValidateCommand(context).Build(),
            new DiffCommand(context).Build(),
            new CodegenCommand(context).Build(),
            new FixturesCommand(context).Build(),
            new ExplainCommand(context).Build(),
            new ExportCommand(context).Build(),
            new ImportCommand(context).Build(),
            new PullCommand(context).Build(),
            new LintCommand(context).Build(),
            new StatusCommand(context).Build(),
            new McpCommand(context).Build(),
        };
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        return root;
    }

    // The failing command's help on stderr, so stdout stays empty on a usage error.
    private static async Task WriteUsageAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var path = new List<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            path.Insert(0, result.Command.Name);
        }

        await context.Error.WriteLineAsync();
        var help = BuildRoot(context).Parse([.. path, "--help"]);
        await help.InvokeAsync(new InvocationConfiguration { Output = context.Error, Error = context.Error }, cancellationToken);
    }
}
