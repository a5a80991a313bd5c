using System.Globalization;
using System.Text;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>Number and string literal text shared by the typed targets.</summary>
internal static class TypedLiterals
{
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The shortest round-trip text of a double, always with a point or an exponent so no target reads it as an integer.</summary>
    public static string Double(double value)
    {
        var text = NumberRules.Format(value);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>
    /// Escapes a string for a double- or single-quoted literal: printable ASCII stays (except the quote and
    /// backslash), <paramref name="named"/> gives the short escapes, everything else goes through
    /// <paramref name="unicode"/> one UTF-16 code unit at a time.
    /// </summary>
    public static string Escape(string value, Func<char, string?> named, Func<char, string> unicode)
    {
        var builder = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            if (named(c) is { } escape)
            {
                builder.Append(escape);
            }
            else if (c is >= ' ' and <= '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(unicode(c));
            }
        }

        return builder.ToString();
    }

    /// <summary><c>\uXXXX</c> for one UTF-16 code unit (C#, Java, Kotlin, Dart).</summary>
    public static string Utf16Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
