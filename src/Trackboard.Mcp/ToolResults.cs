using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace Trackboard.Mcp;

/// <summary>Tool answers: structured content plus the same JSON as text, for clients that read only text.</summary>
internal static class ToolResults
{
    public static CallToolResult Ok(JsonObject data) => new()
    {
        StructuredContent = JsonSerializer.SerializeToElement(data),
        Content = [new TextContentBlock { Text = ContractJson.Text(data) }],
    };

    public static CallToolResult Error(string code, string message)
    {
        var data = new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
        return new CallToolResult
        {
            IsError = true,
            StructuredContent = JsonSerializer.SerializeToElement(data),
            Content = [new TextContentBlock { Text = ContractJson.Text(data) }],
        };
    }

    public static async Task<CallToolResult> Run(Func<Task<JsonObject>> body)
    {
        try
        {
            return Ok(await body().ConfigureAwait(false));
        }
        catch (McpToolException ex)
        {
            return Error(ex.Code, ex.Message);
        }
    }
}
