using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Validation;

/// <summary>
/// A contract prepared for validation: lookup tables built once, then any number of events validated
/// from UTF-8 bytes without a DOM and without allocating while the event is valid. Thread-safe.
/// </summary>
public sealed class CompiledContract
{
    private static readonly ConditionalWeakTable<Contract, CompiledContract> s_cache = [];

    private readonly FrozenDictionary<string, EventSchema> _events;
    private readonly Utf8Lookup<EventSchema> _eventsByUtf8;
    private readonly FrozenDictionary<string, EventSchema?> _sections;

    private CompiledContract(Contract contract)
    {
        Contract = contract;
        _events = contract.Events.ToFrozenDictionary(
            e => e.EventName,
            e => new EventSchema(e.EventName, e.Status, new ObjectSchema(contract.GetMergedProperties(e))),
            StringComparer.Ordinal);
        _eventsByUtf8 = new Utf8Lookup<EventSchema>(_events);
        _sections = new Dictionary<string, EventSchema?>(StringComparer.Ordinal)
        {
            [CallTypes.Identify] = Section("$identify", contract.Identify),
            [CallTypes.Group] = Section("$group", contract.Group),
            [CallTypes.Page] = Section("$page", contract.Page),
            [CallTypes.Screen] = Section("$screen", contract.Screen),
            [CallTypes.Alias] = null,
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The contract this was compiled from.</summary>
    public Contract Contract { get; }

    /// <summary>Compiles a contract.</summary>
    public static CompiledContract Compile(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return s_cache.GetValue(contract, static c => new CompiledContract(c));
    }

    /// <summary>Validates a track call from its UTF-8 JSON bytes.</summary>
    public ValidationResult Validate(ReadOnlySpan<byte> utf8) => Validate(utf8, CallTypes.Track);

    /// <summary>Validates a call of the given type (see <see cref="CallTypes"/>) from its UTF-8 JSON bytes.</summary>
    public ValidationResult Validate(ReadOnlySpan<byte> utf8, string callType)
    {
        var (rootKey, section) = Resolve(callType);
        if (!Utf8.IsValid(utf8))
        {
            return Single(ViolationCodes.InvalidJson, "", "", "The payload is not valid UTF-8.");
        }

        var track = callType == CallTypes.Track;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = PathStack.SourceDepthLimit });
        var scan = new TopLevel { Event = section };
        var sink = default(ViolationSink);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                while (reader.Read())
                {
                }

                return Single(ViolationCodes.InvalidPayloadShape, "", "", "The payload must be a JSON object.");
            }

            var rootKeyUtf8 = track || callType is CallTypes.Page or CallTypes.Screen or CallTypes.Alias ? "properties"u8 : "traits"u8;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (track && reader.ValueTextEquals("event"u8))
                {
                    reader.Read();
                    ReadEventName(ref reader, ref scan);
                    reader.Skip();
                }
                else if (reader.ValueTextEquals(rootKeyUtf8))
                {
                    reader.Read();
                    scan.RootCount++;
                    scan.RootKind = reader.TokenType;
                    scan.RootStart = (int)reader.TokenStartIndex;

                    // The usual order is event first, then properties: validate them in this same pass.
                    if (scan.RootKind == JsonTokenType.StartObject && scan.Event is { } known && scan.EventCount <= 1 && scan.RootCount == 1
                        && (!track || scan.EventState == EventState.String))
                    {
                        sink = new ViolationSink(known.Name, PathStack.Rent(rootKey));
                        AddStatus(known, ref sink);
                        Utf8Walker.ValidateObject(known.Properties, ref reader, ref sink);
                        scan.InlineFor = known;
                    }
                    else
                    {
                        reader.Skip();
                    }

                    scan.RootEnd = (int)reader.BytesConsumed;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            // Anything after the closing brace makes the payload invalid JSON.
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            return Single(ViolationCodes.InvalidJson, "", "", $"The payload is not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException)
        {
            return NotUnicode();
        }

        var eventName = section?.Name ?? "";
        if (track)
        {
            if (scan.EventState != EventState.String)
            {
                return Single(ViolationCodes.InvalidPayloadShape, "event", "",
                    scan.EventState == EventState.Missing ? "The payload has no 'event' name." : "The 'event' field must be a string.");
            }

            eventName = scan.Event?.Name ?? scan.UnknownName!;
        }

        if (scan.RootKind is not (JsonTokenType.None or JsonTokenType.StartObject))
        {
            return Single(ViolationCodes.InvalidPayloadShape, rootKey, eventName, $"'{rootKey}' must be a JSON object.");
        }

        if (scan.Event is not { } schema)
        {
            return track ? UnknownEvent(eventName) : ValidationResult.Ok;
        }

        if (scan.InlineFor == schema && scan.RootCount == 1 && scan.EventCount <= 1)
        {
            return sink.ToResult();
        }

        // Properties came before the event name (or keys repeated): validate the recorded properties now.
        sink = new ViolationSink(eventName, PathStack.Rent(rootKey));
        AddStatus(schema, ref sink);
        var properties = scan.RootKind == JsonTokenType.StartObject
            ? new Utf8JsonReader(utf8[scan.RootStart..scan.RootEnd], new JsonReaderOptions { MaxDepth = PathStack.SourceDepthLimit })
            : new Utf8JsonReader("{}"u8);
        properties.Read();
        try
        {
            Utf8Walker.ValidateObject(schema.Properties, ref properties, ref sink);
        }
        catch (InvalidOperationException)
        {
            return NotUnicode();
        }

        return sink.ToResult();
    }

    private void ReadEventName(ref Utf8JsonReader reader, ref TopLevel scan)
    {
        scan.EventCount++;
        scan.Event = null;
        scan.UnknownName = null;
        scan.EventState = reader.TokenType == JsonTokenType.String ? EventState.String : EventState.NotString;
        if (scan.EventState != EventState.String)
        {
            return;
        }

        scan.Event = reader.ValueIsEscaped || reader.HasValueSequence
            ? _events.GetValueOrDefault(reader.GetString()!)
            : _eventsByUtf8.Find(reader.ValueSpan);
        if (scan.Event is null)
        {
            scan.UnknownName = reader.GetString();
        }
    }

    internal ValidationResult ValidateElement(JsonElement payload, string callType)
    {
        var (rootKey, section) = Resolve(callType);
        if (!Utf8.IsValid(JsonMarshal.GetRawUtf8Value(payload)))
        {
            return Single(ViolationCodes.InvalidJson, "", "", "The payload is not valid UTF-8.");
        }

        try
        {
            return ValidateParsed(payload, callType, rootKey, section);
        }
        catch (InvalidOperationException)
        {
            return NotUnicode();
        }
    }

    private ValidationResult ValidateParsed(JsonElement payload, string callType, string rootKey, EventSchema? section)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return Single(ViolationCodes.InvalidPayloadShape, "", "", "The payload must be a JSON object.");
        }

        JsonElement? eventElement = null;
        JsonElement? root = null;
        foreach (var member in payload.EnumerateObject())
        {
            if (member.NameEquals("event"))
            {
                eventElement = member.Value;
            }
            else if (member.NameEquals(rootKey))
            {
                root = member.Value;
            }
        }

        EventSchema? schema = section;
        var eventName = section?.Name ?? "";
        if (callType == CallTypes.Track)
        {
            if (eventElement is not { ValueKind: JsonValueKind.String } name)
            {
                return Single(ViolationCodes.InvalidPayloadShape, "event", "",
                    eventElement is null ? "The payload has no 'event' name." : "The 'event' field must be a string.");
            }

            eventName = name.GetString()!;
            schema = _events.GetValueOrDefault(eventName);
            eventName = schema?.Name ?? eventName;
        }

        if (root is { ValueKind: not JsonValueKind.Object })
        {
            return Single(ViolationCodes.InvalidPayloadShape, rootKey, eventName, $"'{rootKey}' must be a JSON object.");
        }

        if (callType == CallTypes.Track && schema is null)
        {
            return UnknownEvent(eventName);
        }

        if (schema is null)
        {
            return ValidationResult.Ok;
        }

        var sink = new ViolationSink(eventName, PathStack.Rent(rootKey));
        AddStatus(schema, ref sink);
        using var empty = root is null ? JsonDocument.Parse("{}") : null;
        ElementWalker.ValidateObject(schema.Properties, root ?? empty!.RootElement, ref sink);
        return sink.ToResult();
    }

    private static void AddStatus(EventSchema schema, ref ViolationSink sink)
    {
        if (schema.Status == EventStatus.Deprecated)
        {
            sink.Add(new Violation(ViolationCodes.DeprecatedEvent, "event", schema.Name, null, null, null,
                $"Event '{schema.Name}' is deprecated; move to its replacement.", ViolationSeverity.Warning));
        }
        else if (schema.Status == EventStatus.Planned)
        {
            sink.Add(new Violation(ViolationCodes.PlannedEvent, "event", schema.Name, null, null, null,
                $"Event '{schema.Name}' is planned, not yet active in the plan.", ViolationSeverity.Warning));
        }
    }

    private (string RootKey, EventSchema? Section) Resolve(string callType)
    {
        ArgumentNullException.ThrowIfNull(callType);
        return callType switch
        {
            CallTypes.Track => ("properties", null),
            CallTypes.Identify or CallTypes.Group => ("traits", _sections[callType]),
            CallTypes.Page or CallTypes.Screen or CallTypes.Alias => ("properties", _sections[callType]),
            _ => throw new ArgumentException($"Unknown call type '{callType}'.", nameof(callType)),
        };
    }

    private static EventSchema? Section(string name, CallSection? section) =>
        section is null ? null : new EventSchema(name, EventStatus.Active, new ObjectSchema(section.Properties));

    private static ValidationResult UnknownEvent(string name) =>
        new([new Violation(ViolationCodes.UnknownEvent, "event", name, null, null, name,
            $"Event '{name}' is not in the contract; add it to the plan or fix the name.")]);

    // Transcoding throws on a lone surrogate escape such as "\ud800": such text is not Unicode.
    private static ValidationResult NotUnicode() =>
        Single(ViolationCodes.InvalidJson, "", "", "The payload contains a string that is not valid Unicode (a lone surrogate escape).");

    private static ValidationResult Single(string code, string path, string eventName, string message) =>
        new([new Violation(code, path, eventName, null, null, null, message)]);

    private enum EventState
    {
        Missing,
        String,
        NotString,
    }

    private struct TopLevel
    {
        public EventState EventState;
        public EventSchema? Event;
        public string? UnknownName;
        public JsonTokenType RootKind;
        public int RootStart;
        public int RootEnd;
        public int EventCount;
        public int RootCount;
        public EventSchema? InlineFor;
    }
}
