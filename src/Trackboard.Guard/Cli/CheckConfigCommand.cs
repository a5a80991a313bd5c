using System.CommandLine;
using System.Globalization;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.ContractSource;

namespace Trackboard.Guard.Cli;

/// <summary><c>trackboard-guard check-config</c>: reports every bad key and whether the contract loads.</summary>
internal sealed class CheckConfigCommand : Command
{
    public CheckConfigCommand()
        : base("check-config", "Check the config file and the contract it names; print every problem.")
    {
        var config = CliOptions.Config();
        Options.Add(config);
        SetAction(parse =>
        {
            var path = parse.GetValue(config)!;
            var options = CliOptions.Load(path, Console.Error);
            if (options is null)
            {
                return ExitCodes.ConfigInvalid;
            }

            if (options.ContractPull.Enabled)
            {
                var cache = ContractCache.For(options);
                Console.Out.WriteLine($"{path}: OK (listen {options.HttpUrl}, contract pulled from {options.ContractPull.Url} every {options.ContractPull.PollInterval}, " +
                    $"{cache.Read().Versions.Count} version(s) cached in {cache.Directory}, store {options.StoreFile}{Tracing(options)})");
                return ExitCodes.Success;
            }

            var (contract, error) = ContractHolder.TryLoad(options.ContractFile);
            if (contract is null)
            {
                Console.Error.WriteLine($"contract_file: {options.ContractFile} cannot be loaded: {error} Fix: point contract_file at a valid trackboard.contract.v1 file.");
                return ExitCodes.ContractInvalid;
            }

            Console.Out.WriteLine($"{path}: OK (listen {options.HttpUrl}, contract {contract.Version}, store {options.StoreFile}, " +
                $"mode {options.Policy.Mode.ToString().ToLowerInvariant()}, {options.WriteKeys.Count} write keys{Tracing(options)})");
            return ExitCodes.Success;
        });
    }

    private static string Tracing(GuardOptions options) => options.Tracing is { Enabled: true } t
        ? $", traces to {t.ExportUrl()} over {t.ProtocolName}, sample ratio {t.SampleRatio.ToString(CultureInfo.InvariantCulture)}"
        : "";
}
