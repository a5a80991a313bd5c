namespace Trackboard.Server.Tests.Support;

public sealed record ReceivedRequest(string RequestLine, IReadOnlyDictionary<string, string> Headers, string Body);
