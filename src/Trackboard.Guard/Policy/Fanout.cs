using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Trackboard.Contracts.Validation;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Pii;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Policy;

/// <summary>
/// Turns one forwarded body into one outbox copy per destination, with that destination's PII treatment
/// (keep, hash, drop) of the properties the contract marks <c>pii</c>. Destinations that keep PII share the body.
/// </summary>
internal sealed class Fanout
{
    private readonly (string Name, PiiMode Mode)[] _destinations;
    private readonly byte[] _salt;
    private readonly bool _redacts;
    private readonly ConditionalWeakTable<LoadedContract, ConcurrentDictionary<string, (string RootKey, PiiNode? Node)>> _plans = [];

    public Fanout(GuardOptions options)
    {
        _destinations = [.. options.AllDestinations().Select(d => (d.Name, d.Pii ?? options.Pii.Mode))];
        _salt = Encoding.UTF8.GetBytes(options.Pii.Salt);
        _redacts = _destinations.Any(d => d.Mode != PiiMode.Keep);
    }

    /// <summary>The copies to queue; <paramref name="only"/> limits them to one destination (replay of a failed delivery).</summary>
    public IReadOnlyList<OutboxCopy> Copies(byte[] body, string callType, string? eventName, LoadedContract contract, string? only = null)
    {
        var copies = new List<OutboxCopy>(_destinations.Length);
        var (rootKey, node) = _redacts ? Plan(contract, callType, eventName) : ("", null);
        byte[]? hashed = null, dropped = null;
        foreach (var (name, mode) in _destinations)
        {
            if (only is not null && name != only)
            {
                continue;
            }

            var copy = node is null ? body : mode switch
            {
                PiiMode.Hash => hashed ??= PiiRedactor.Apply(body, rootKey, node, PiiMode.Hash, _salt),
                PiiMode.Drop => dropped ??= PiiRedactor.Apply(body, rootKey, node, PiiMode.Drop, _salt),
                _ => body,
            };
            copies.Add(new OutboxCopy(name, copy));
        }

        return copies;
    }

    private (string RootKey, PiiNode? Node) Plan(LoadedContract contract, string callType, string? eventName)
    {
        var plans = _plans.GetValue(contract, static _ => new ConcurrentDictionary<string, (string, PiiNode?)>(StringComparer.Ordinal));
        return plans.GetOrAdd(callType + "\n" + eventName, static (_, state) =>
        {
            var (model, call, name) = state;
            return call switch
            {
                CallTypes.Track when name is not null && model.FindEvent(name) is { } definition => ("properties", PiiNode.ForObject(model.GetMergedProperties(definition))),
                CallTypes.Identify => ("traits", model.Identify is { } identify ? PiiNode.ForObject(identify.Properties) : null),
                CallTypes.Group => ("traits", model.Group is { } group ? PiiNode.ForObject(group.Properties) : null),
                CallTypes.Page => ("properties", model.Page is { } page ? PiiNode.ForObject(page.Properties) : null),
                CallTypes.Screen => ("properties", model.Screen is { } screen ? PiiNode.ForObject(screen.Properties) : null),
                _ => ("", null),
            };
        }, (contract.Compiled.Contract, callType, eventName));
    }
}
