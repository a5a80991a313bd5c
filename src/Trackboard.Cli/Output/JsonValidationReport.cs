using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Trackboard.Contracts.Validation;

namespace Trackboard.Cli.Output;

/// <summary>
/// The machine report, streamed: <c>{"results":[…],"summary":{…}}</c>. Only events with violations are
/// listed, so a million valid events stay a few bytes.
/// </summary>
internal sealed class JsonValidationReport : ValidationReport
{
    private const int FlushThreshold = 1 << 15;
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter _json;

    public JsonValidationReport(TextWriter output, string source)
        : base(source)
    {
        _output = output;
        // Relaxed escaping: this is data for programs, never embedded in HTML.
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteStartArray("results");
    }

    public override void Finish()
    {
        _json.WriteEndArray();
        _json.WriteStartObject("summary");
        _json.WriteString("source", Source);
        _json.WriteNumber("events", Tally.Events);
        _json.WriteNumber("valid", Tally.Valid);
        _json.WriteNumber("invalid", Tally.Invalid);
        _json.WriteStartObject("by_code");
        foreach (var (code, count) in Tally.ByCode)
        {
            _json.WriteNumber(code, count);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
        Flush();
        _output.WriteLine();
    }

    protected override void Write(EventLocation location, ValidationResult result)
    {
        _json.WriteStartObject();
        if (location.Line is { } line)
        {
            _json.WriteNumber("line", line);
        }

        if (location.Index is { } index)
        {
            _json.WriteNumber("index", index);
        }

        _json.WriteString("event", result.Violations[0].Event);
        _json.WriteBoolean("valid", result.Valid);
        _json.WriteStartArray("violations");
        foreach (var violation in result.Violations)
        {
            _json.WriteStartObject();
            _json.WriteString("code", violation.Code);
            _json.WriteString("severity", violation.Severity == ViolationSeverity.Warning ? "warning" : "error");
            _json.WriteString("path", violation.Path);
            WriteIfSet("property", violation.Property);
            WriteIfSet("expected", violation.Expected);
            WriteIfSet("actual", violation.Actual);
            _json.WriteString("message", violation.Message);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        if (_json.BytesPending + _buffer.WrittenCount > FlushThreshold)
        {
            Flush();
        }
    }

    private void WriteIfSet(string name, string? value)
    {
        if (value is not null)
        {
            _json.WriteString(name, value);
        }
    }

    private void Flush()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
