using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Validation;
using Trackboard.Guard.Hosting;
using Trackboard.Guard.Metrics;

namespace Trackboard.Guard.ContractSource;

/// <summary>Holds the contract in force (with the older versions Guard keeps); a reload that fails keeps the previous one.</summary>
internal sealed class ContractHolder(string file, GuardMetrics metrics, ILogger<ContractHolder> logger)
{
    private volatile ContractSet? _set;

    public LoadedContract? Current => _set?.Latest;

    /// <summary>Every held version, swapped atomically; null before a contract is loaded.</summary>
    public ContractSet? Set => _set;

    public string File { get; } = file;

    /// <summary>Loads the file; returns false (and keeps the old contract) when it is missing or invalid.</summary>
    public bool Reload()
    {
        var (loaded, error) = TryLoad(File);
        if (loaded is null)
        {
            metrics.ContractReloadFailures.Add();
            GuardLog.ContractRefused(logger, File, Current?.Version ?? "none", error!);
            return false;
        }

        _set = ContractSet.Single(loaded);
        metrics.ContractReloads.Add();
        GuardLog.ContractLoaded(logger, loaded.Version, File, loaded.Compiled.Contract.Events.Count);
        return true;
    }

    /// <summary>Puts a pulled set of versions in force at once.</summary>
    public void Apply(ContractSet set)
    {
        _set = set;
        metrics.ContractReloads.Add();
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

        return TryLoad(bytes);
    }

    /// <summary>Loads and compiles contract bytes, or says why not.</summary>
    public static (LoadedContract? Contract, string? Error) TryLoad(byte[] bytes)
    {
        var result = ContractLoader.Load(bytes);
        if (result.Contract is not { } contract)
        {
            return (null, string.Join("; ", result.Errors.Select(e => e.ToString())));
        }

        // The same string generated code stamps as context.trackboard.contract_version.
        return (new LoadedContract(CompiledContract.Compile(contract), ContractVersionLabel.Of(contract)), null);
    }
}
