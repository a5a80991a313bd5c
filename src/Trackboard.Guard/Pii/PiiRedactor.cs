using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Pii;

/// <summary>
/// Hashes or drops the personal data a <see cref="PiiNode"/> marks, by editing the client's JSON text in place:
/// every byte outside the edited values (other members, spacing, escapes) is forwarded as it came.
/// A hashed value becomes the lower-case hex SHA-256 of the salt's UTF-8 bytes followed by the value's bytes:
/// the unescaped UTF-8 text for a string, the JSON text as sent for any other value. <c>null</c> stays <c>null</c>.
/// </summary>
internal static class PiiRedactor
{
    /// <summary>The body with personal data below the top-level member <paramref name="rootKey"/> treated per <paramref name="mode"/>.</summary>
    public static byte[] Apply(byte[] json, string rootKey, PiiNode node, PiiMode mode, byte[] salt)
    {
        if (mode == PiiMode.Keep)
        {
            return json;
        }

        var edits = new List<Edit>();
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return json;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(rootKey);
            reader.Read();
            if (match && reader.TokenType == JsonTokenType.StartObject)
            {
                new Walker(json, mode, salt, edits).Object(ref reader, node);
                break;
            }

            reader.Skip();
        }

        return edits.Count == 0 ? json : Splice(json, edits);
    }

    private static byte[] Splice(byte[] json, List<Edit> edits)
    {
        var size = json.Length + edits.Sum(e => e.Replacement.Length - (e.End - e.Start));
        var result = new byte[size];
        int from = 0, at = 0;
        foreach (var edit in edits)
        {
            json.AsSpan(from, edit.Start - from).CopyTo(result.AsSpan(at));
            at += edit.Start - from;
            edit.Replacement.CopyTo(result, at);
            at += edit.Replacement.Length;
            from = edit.End;
        }

        json.AsSpan(from).CopyTo(result.AsSpan(at));
        return result;
    }

    /// <summary>Replace bytes [Start, End) with <see cref="Replacement"/>; edits are collected in ascending, non-overlapping order.</summary>
    private readonly record struct Edit(int Start, int End, byte[] Replacement);

    private sealed class Walker(byte[] json, PiiMode mode, byte[] salt, List<Edit> edits)
    {
        /// <summary>Walks an object; the reader is on its '{' and ends on its '}'.</summary>
        public void Object(ref Utf8JsonReader reader, PiiNode node)
        {
            // A dropped member takes the comma before it with it; a dropped member with no kept member before it
            // takes the text up to the next member's name instead (so "{"a":1,"b":2}" minus a is "{"b":2}").
            var keptBefore = false;
            var previousEnd = (int)reader.TokenStartIndex + 1;
            var pendingStart = -1;
            var pendingEnd = -1;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameStart = (int)reader.TokenStartIndex;
                if (pendingStart >= 0)
                {
                    edits.Add(new Edit(pendingStart, nameStart, []));
                    pendingStart = -1;
                }

                var member = Member(ref reader, node);
                reader.Read();
                var valueStart = (int)reader.TokenStartIndex;
                if (member is null)
                {
                    reader.Skip();
                }
                else if (member.IsPii && reader.TokenType != JsonTokenType.Null)
                {
                    if (mode == PiiMode.Hash)
                    {
                        var digest = Hash(ref reader, valueStart);
                        edits.Add(new Edit(valueStart, End(ref reader), digest));
                    }
                    else
                    {
                        var end = End(ref reader);
                        if (keptBefore)
                        {
                            edits.Add(new Edit(previousEnd, end, []));
                        }
                        else
                        {
                            (pendingStart, pendingEnd) = (nameStart, end);
                        }

                        previousEnd = end;
                        continue;
                    }
                }
                else
                {
                    Value(ref reader, member);
                }

                previousEnd = (int)reader.BytesConsumed;
                keptBefore = true;
            }

            if (pendingStart >= 0)
            {
                edits.Add(new Edit(pendingStart, pendingEnd, []));
            }
        }

        private static PiiNode? Member(ref Utf8JsonReader reader, PiiNode node)
        {
            var name = reader.HasValueSequence || reader.ValueIsEscaped ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
            return node.Members.GetValueOrDefault(name);
        }

        /// <summary>A value that is not personal data itself but may contain some; the reader ends on its last token.</summary>
        private void Value(ref Utf8JsonReader reader, PiiNode node)
        {
            if (reader.TokenType == JsonTokenType.StartObject && node.Members.Count > 0)
            {
                Object(ref reader, node);
            }
            else if (reader.TokenType == JsonTokenType.StartArray && node.Items is { } items)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (items.IsPii && reader.TokenType != JsonTokenType.Null)
                    {
                        // An array element cannot be removed without shifting indexes: drop mode writes null in its place.
                        var start = (int)reader.TokenStartIndex;
                        var replacement = mode == PiiMode.Hash ? Hash(ref reader, start) : "null"u8.ToArray();
                        edits.Add(new Edit(start, End(ref reader), replacement));
                    }
                    else
                    {
                        Value(ref reader, items);
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }

        /// <summary>Moves past the value the reader is on and returns the offset just after it.</summary>
        private static int End(ref Utf8JsonReader reader)
        {
            reader.Skip();
            return (int)reader.BytesConsumed;
        }

        /// <summary>The quoted hex digest of the value that starts at <paramref name="start"/> (the reader is still on its first token).</summary>
        private byte[] Hash(ref Utf8JsonReader reader, int start)
        {
            byte[] value;
            if (reader.TokenType == JsonTokenType.String)
            {
                value = Encoding.UTF8.GetBytes(reader.GetString()!);
            }
            else
            {
                var copy = reader;
                copy.Skip();
                value = json.AsSpan(start, (int)copy.BytesConsumed - start).ToArray();
            }

            var input = ArrayPool<byte>.Shared.Rent(salt.Length + value.Length);
            try
            {
                salt.CopyTo(input, 0);
                value.CopyTo(input, salt.Length);
                var digest = SHA256.HashData(input.AsSpan(0, salt.Length + value.Length));
                return Encoding.ASCII.GetBytes("\"" + Convert.ToHexStringLower(digest) + "\"");
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(input);
            }
        }
    }
}
