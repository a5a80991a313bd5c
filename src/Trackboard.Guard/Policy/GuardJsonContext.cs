using System.Text.Json.Serialization;

namespace Trackboard.Guard.Policy;

/// <summary>Source-generated serialization for the few values Guard serializes itself.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class GuardJsonContext : JsonSerializerContext;
