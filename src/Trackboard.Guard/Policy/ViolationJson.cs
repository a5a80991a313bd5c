using System.Text.Json;
using Trackboard.Contracts.Validation;

namespace Trackboard.Guard.Policy;

/// <summary>Writes violations as JSON objects (DLQ rows, warn annotations, verbose responses).</summary>
internal static class ViolationJson
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<Violation> violations)
    {
        writer.WriteStartArray();
        foreach (var v in violations)
        {
            writer.WriteStartObject();
            writer.WriteString("code"u8, v.Code);
            writer.WriteString("path"u8, v.Path);
            if (v.Property is not null)
            {
                writer.WriteString("property"u8, v.Property);
            }

            if (v.Expected is not null)
            {
                writer.WriteString("expected"u8, v.Expected);
            }

            if (v.Actual is not null)
            {
                writer.WriteString("actual"u8, v.Actual);
            }

            writer.WriteString("message"u8, v.Message);
            if (v.Severity == ViolationSeverity.Warning)
            {
                writer.WriteString("severity"u8, "warning"u8);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static string ToJson(IReadOnlyList<Violation> violations)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, violations);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
