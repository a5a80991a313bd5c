using Trackboard.Guard.Configuration;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Hosting;

/// <summary>Opens the store and loads the contract before Kestrel starts listening.</summary>
internal sealed class GuardLifecycle(GuardOptions options, GuardStore store, ContractHolder contracts, ILogger<GuardLifecycle> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Open();
        // A missing or bad contract does not stop Guard: it stays not-ready and the watcher loads the file once it is fixed.
        if (!options.ContractPull.Enabled)
        {
            contracts.Reload();
        }

        if (options.WriteKeys.Count == 0)
        {
            GuardLog.NoWriteKeys(logger);
        }

        if (options.AllDestinations().All(d => d.Url.Length == 0))
        {
            GuardLog.NoDestination(logger);
        }

        if (options.Tracing.Enabled)
        {
            var tracing = options.Tracing;
            GuardLog.TracingOn(logger, tracing.ExportUrl(), tracing.ProtocolName, tracing.ServiceName, tracing.SampleRatio);
        }

        GuardLog.Started(logger, options.HttpUrl, options.Durability.ToString().ToLowerInvariant(), options.StoreFile);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
