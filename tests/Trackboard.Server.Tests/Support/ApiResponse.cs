using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Trackboard.Server.Tests.Support;

public sealed record ApiResponse(HttpStatusCode Status, string Text, HttpResponseHeaders Headers, HttpContentHeaders? ContentHeaders)
{
    public int Code => (int)Status;

    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("Empty body");

    /// <summary>The ProblemDetails <c>code</c>, or null.</summary>
    public string? ProblemCode => Text.StartsWith('{') ? Json["code"]?.GetValue<string>() : null;

    public override string ToString() => $"{Code} {Text}";
}
