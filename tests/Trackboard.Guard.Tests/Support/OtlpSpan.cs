namespace Trackboard.Guard.Tests.Support;

/// <summary>One span read back from an OTLP export: what the tests look at, with its resource's attributes.</summary>
public sealed record OtlpSpan(IReadOnlyDictionary<string, object> Resource, string Scope, string Name, int Kind, string SpanId, string ParentSpanId, int StatusCode,
    IReadOnlyDictionary<string, object> Attributes)
{
    public const int KindServer = 2;
    public const int StatusError = 2;

    public string Service => Resource.GetValueOrDefault("service.name") as string ?? "";

    public object? this[string attribute] => Attributes.GetValueOrDefault(attribute);
}
