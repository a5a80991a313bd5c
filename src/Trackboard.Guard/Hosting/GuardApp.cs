using Microsoft.Extensions.Options;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Forwarding;
using Trackboard.Guard.Ingest;
using Trackboard.Guard.Metrics;
using Trackboard.Guard.Policy;
using Trackboard.Guard.Push;
using Trackboard.Guard.Storage;
using Trackboard.Guard.Tracing;

namespace Trackboard.Guard.Hosting;

/// <summary>Builds the Guard web application from validated options.</summary>
internal static class GuardApp
{
    public static WebApplication Build(GuardOptions options, TimeProvider? time = null, Action<ILoggingBuilder>? logging = null)
    {
        // Options built in code (tests, embedding) get the same every-error check as the YAML reader.
        var invalid = new GuardOptionsValidator().Validate(null, options);
        if (invalid.Failed)
        {
            throw new OptionsValidationException(nameof(GuardOptions), typeof(GuardOptions), invalid.Failures);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(options.HttpUrl);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.Limits.MaxBodyBytes;
        });
        builder.Host.ConfigureHostOptions(host => host.ShutdownTimeout = options.ShutdownTimeout + TimeSpan.FromSeconds(5));
        // Per-request framework logs would cost more than the request itself.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging?.Invoke(builder.Logging);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<IValidateOptions<GuardOptions>, GuardOptionsValidator>();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<GuardMetrics>();
        services.AddSingleton(sp => new ContractHolder(options.ContractFile, sp.GetRequiredService<GuardMetrics>(), sp.GetRequiredService<ILogger<ContractHolder>>()));
        services.AddSingleton<GuardStore>();
        services.AddSingleton<Fanout>();
        services.AddSingleton<EventProcessor>();
        services.AddSingleton<IngestServices>();
        // Per-batch timeouts come from destination.timeout; the pooled connections are recycled for DNS changes.
        services.AddSingleton(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }) { Timeout = Timeout.InfiniteTimeSpan });
        services.AddHostedService<GuardLifecycle>();
        if (options.ContractPull.Enabled)
        {
            services.AddHostedService<ContractPuller>();
        }
        else
        {
            services.AddHostedService<ContractWatcher>();
        }

        services.AddSingleton<Forwarder>();
        services.AddHostedService(sp => sp.GetRequiredService<Forwarder>());
        if (options.Push.Enabled)
        {
            services.AddPush();
        }

        // Off: no listener is registered, so Guard's spans are never created.
        if (options.Tracing.Enabled)
        {
            services.AddGuardTracing(options.Tracing);
        }

        var app = builder.Build();
        var metrics = app.Services.GetRequiredService<GuardMetrics>();
        var contracts = app.Services.GetRequiredService<ContractHolder>();
        metrics.ContractVersion = () => contracts.Current?.Version;
        app.MapIngest();
        app.MapHealth();
        app.MapMetrics();
        return app;
    }
}
