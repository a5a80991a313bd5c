using System.Text.Json.Serialization;

namespace Trackboard.Guard.Hosting;

[JsonSerializable(typeof(HealthStatus))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class HostingJsonContext : JsonSerializerContext;
