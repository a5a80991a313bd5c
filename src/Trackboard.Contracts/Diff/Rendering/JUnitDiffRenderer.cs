using System.Text;
using System.Xml;

namespace Trackboard.Contracts.Diff.Rendering;

/// <summary>
/// JUnit XML: one test suite, one test case per compared event. An event with breaking changes fails
/// with a single <c>failure</c> listing them (many JUnit readers show only one failure per case); its
/// other and ignored changes go to <c>system-out</c>.
/// </summary>
internal static class JUnitDiffRenderer
{
    private const string ClassName = "trackboard.diff";

    public static string Render(DiffResult result, string suiteName)
    {
        var changes = result.Changes.ToLookup(c => c.Event, StringComparer.Ordinal);
        var ignored = result.Ignored.ToLookup(c => c.Event, StringComparer.Ordinal);
        var failed = result.Events.Count(name => changes[name].Any(c => c.Severity == ChangeSeverity.Breaking));
        var tests = SafeText.Number(result.Events.Count);

        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", Clean(suiteName));
            xml.WriteAttributeString("tests", tests);
            xml.WriteAttributeString("failures", SafeText.Number(failed));
            xml.WriteAttributeString("errors", "0");
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", Clean(suiteName));
            xml.WriteAttributeString("tests", tests);
            xml.WriteAttributeString("failures", SafeText.Number(failed));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            foreach (var name in result.Events)
            {
                TestCase(xml, name, changes[name].ToList(), ignored[name].ToList());
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void TestCase(XmlWriter xml, string name, List<Change> changes, List<Change> ignored)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", ClassName);
        xml.WriteAttributeString("name", Clean(name));
        var breaking = changes.Where(c => c.Severity == ChangeSeverity.Breaking).ToList();
        if (breaking.Count > 0)
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", breaking.Count == 1 ? breaking[0].Code : "breaking");
            xml.WriteAttributeString("message", Clean(breaking.Count == 1 ? breaking[0].Message : SafeText.Number(breaking.Count) + " breaking changes"));
            xml.WriteString(Lines(breaking, ""));
            xml.WriteEndElement();
        }

        var other = changes.Where(c => c.Severity != ChangeSeverity.Breaking).ToList();
        if (other.Count > 0 || ignored.Count > 0)
        {
            xml.WriteElementString("system-out", Lines(other, "") + Lines(ignored, "ignored "));
        }

        xml.WriteEndElement();
    }

    private static string Lines(List<Change> changes, string prefix)
    {
        var text = new StringBuilder();
        foreach (var change in changes)
        {
            text.Append(prefix).Append(SafeText.SeverityName(change.Severity)).Append(' ').Append(change.Code)
                .Append(" (").Append(change.RuleId).Append(") at ").Append(Clean(change.Path)).Append(": ")
                .Append(Clean(change.Message)).Append('\n');
        }

        return text.ToString();
    }

    // XML 1.0 cannot carry most control characters even as references; they are written as \uXXXX.
    private static string Clean(string text) => SafeText.Escape(text);
}
