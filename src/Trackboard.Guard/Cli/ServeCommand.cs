using System.CommandLine;
using Trackboard.Guard.Hosting;

namespace Trackboard.Guard.Cli;

/// <summary><c>trackboard-guard serve --config guard.yaml</c>: runs the service until SIGTERM/Ctrl+C.</summary>
internal sealed class ServeCommand : Command
{
    public ServeCommand()
        : base("serve", "Run Guard (the default verb).")
    {
        var config = CliOptions.Config();
        Options.Add(config);
        SetAction(async (parse, cancellationToken) =>
        {
            var options = CliOptions.Load(parse.GetValue(config)!, Console.Error);
            if (options is null)
            {
                return ExitCodes.ConfigInvalid;
            }

            await using var app = GuardApp.Build(options);
            await app.RunAsync().ConfigureAwait(false);
            return ExitCodes.Success;
        });
    }
}
