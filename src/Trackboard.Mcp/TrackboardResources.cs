using System.ComponentModel;
using System.Text;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Model;

namespace Trackboard.Mcp;

/// <summary>Read-only resources: the whole contract in canonical form, and one event's contract.</summary>
[McpServerResourceType]
public sealed class TrackboardResources(IContractSource source)
{
    [McpServerResource(UriTemplate = "trackboard://contract/current", Name = "current_contract", MimeType = "application/json")]
    [Description("The current tracking-plan contract (trackboard.contract.v1, canonical JSON with its hash).")]
    public async Task<TextResourceContents> CurrentContract(CancellationToken cancellationToken)
    {
        var contract = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        return new TextResourceContents
        {
            Uri = "trackboard://contract/current",
            MimeType = "application/json",
            Text = Encoding.UTF8.GetString(CanonicalJson.Export(contract)),
        };
    }

    [McpServerResource(UriTemplate = "trackboard://event/{name}", Name = "event_contract", MimeType = "application/json")]
    [Description("One event's contract with its merged properties.")]
    public async Task<TextResourceContents> Event([Description("The event name.")] string name, CancellationToken cancellationToken)
    {
        var contract = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        EventDefinition definition;
        try
        {
            definition = TrackboardTools.Find(contract, Uri.UnescapeDataString(name));
        }
        catch (McpToolException failure)
        {
            throw Readable(failure);
        }

        return new TextResourceContents
        {
            Uri = "trackboard://event/" + Uri.EscapeDataString(definition.EventName),
            MimeType = "application/json",
            Text = ContractJson.Text(ContractJson.Event(contract, definition)),
        };
    }

    private async Task<Contract> CurrentAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await source.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (McpToolException failure)
        {
            throw Readable(failure);
        }
    }

    // Resource reads have no structured result; the SDK passes an McpException's message to the client, so the code leads it.
    private static McpException Readable(McpToolException failure) => new($"{failure.Code}: {failure.Message}", failure);
}
