using Trackboard.Contracts.Diff;

namespace Trackboard.Contracts.Tests.Diff;

public sealed class EventLinesTests
{
    private const string Contract = """
        {
          "format_version": "trackboard.contract.v1",
          "identify": {"traits": []},
          "events": [
            {
              "properties": [{"name": "event_name", "type": "string"}],
              "event_name": "signup"
            },
            {"event_name": "login"}
          ],
          "page": {"properties": []}
        }
        """;

    [Fact]
    public void Find_Contract_GivesLineOfEachEventName()
    {
        var lines = EventLines.Find(Contract);

        Assert.Equal(7, lines["signup"]);
        Assert.Equal(9, lines["login"]);
        Assert.Equal(3, lines["$identify"]);
        Assert.Equal(11, lines["$page"]);
        Assert.Equal(4, lines.Count);
    }

    [Fact]
    public void Find_WithBom_CountsLinesAfterIt()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(Contract)).ToArray();

        var lines = EventLines.Find(bytes);

        Assert.Equal(7, lines["signup"]);
    }

    [Fact]
    public void Find_BrokenJson_KeepsEventsBeforeTheBreak()
    {
        var lines = EventLines.Find("{\"events\": [\n{\"event_name\": \"a\"},\n{\"event_name\": \"b\"},\n{\"event_name\": ");

        Assert.Equal(2, lines["a"]);
        Assert.Equal(3, lines["b"]);
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void LineOf_UnknownEvent_IsNull()
    {
        var lineOf = EventLines.LineOf(Contract);

        Assert.Null(lineOf("removed_event"));
        Assert.Equal(9, lineOf("login"));
    }
}
