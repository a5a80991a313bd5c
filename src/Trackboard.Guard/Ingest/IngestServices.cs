using Trackboard.Guard.Configuration;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Metrics;
using Trackboard.Guard.Policy;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Ingest;

/// <summary>What the ingest handlers need, injected as one parameter.</summary>
internal sealed record IngestServices(GuardOptions Options, ContractHolder Contracts, GuardStore Store, EventProcessor Processor, GuardMetrics Metrics);
