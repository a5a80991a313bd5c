using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Validation;
using Trackboard.Guard.Hosting;
using Trackboard.Guard.Metrics;

namespace Trackboard.Guard.ContractSource;

/// <summary>Holds the contract in force; a reload that fails keeps the previous one.</summary>
internal sealed class ContractHolder(string file, GuardMetrics metrics, ILogger<ContractHolder> logger)
{
    private volatile LoadedContract? _current;

    public LoadedContract? Current => _current;

    public string File { get; } = file;

    /// <summary>Loads the file; returns false (and keeps the old contract) when it is missing or invalid.</summary>
    public bool Reload()
    {
        var (loaded, error) = TryLoad(File);
        if (loaded is null)
        {
            metrics.ContractReloadFailures.Add();
            GuardLog.ContractRefused(logger, File, _current?.Version ?? "none", error!);
            return false;
        }

        _current = loaded;
        metrics.ContractReloads.Add();
        GuardLog.ContractLoaded(logger, loaded.Version, File, loaded.Compiled.Contract.Events.Count);
        return true;
    }

    /// <summary>Loads and compiles a contract file, or says why not.</summary>
    public static (LoadedContract? Contract, string? Error) TryLoad(string path)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            return (null, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return (null, ex.Message);
        }

        var result = ContractLoader.Load(bytes);
        if (result.Contract is not { } contract)
        {
            return (null, string.Join("; ", result.Errors.Select(e => e.ToString())));
        }

        // The same string generated code stamps as context.trackboard.contract_version.
        return (new LoadedContract(CompiledContract.Compile(contract), ContractVersionLabel.Of(contract)), null);
    }
}
