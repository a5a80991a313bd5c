using System.Text.RegularExpressions;
using Trackboard.Contracts.JsonSchema;

namespace Trackboard.Contracts.Tests.JsonSchema;

public sealed class PatternTranslatorTests
{
    [Theory]
    [InlineData("^[A-Z]{4}-[0-9]{2}", "^[A-Z]{4}-[0-9]{2}")]
    [InlineData("abc$", "abc$")]
    [InlineData(@"\Aabc\z", "^abc$")]
    [InlineData(@"abc\Z", @"abc(?=\n?$)")]
    [InlineData(@"^\d+", @"^\p{Nd}+")]
    [InlineData(@"\D", @"\P{Nd}")]
    [InlineData(@"\w", @"[\p{L}\p{Mn}\p{Nd}\p{Pc}]")]
    [InlineData(@"\W", @"[^\p{L}\p{Mn}\p{Nd}\p{Pc}]")]
    [InlineData(@"[\w.-]", @"[\p{L}\p{Mn}\p{Nd}\p{Pc}.-]")]
    [InlineData(@"\s", @"[\f\n\r\t\v\x85\p{Z}]")]
    [InlineData(@"[^\d\s]", @"[^\p{Nd}\f\n\r\t\v\x85\p{Z}]")]
    [InlineData("a.b", @"a[^\n]b")]
    [InlineData("[.$]", "[.$]")]
    [InlineData(@"\p{Lu}\P{L}", @"\p{Lu}\P{L}")]
    [InlineData(@"(?<year>\d{4})-\k<year>", @"(?<year>\p{Nd}{4})-\k<year>")]
    [InlineData(@"a\-b\#c", @"a\u002Db\u0023c")]
    [InlineData(@"[a\-z]", @"[a\-z]")]
    [InlineData("c{x}", @"c\{x\}")]
    [InlineData("a{2,}b{,3}", @"a{2,}b\{,3\}")]
    [InlineData("[]x]", @"[\]x]")]
    [InlineData(@"\e\a\t\u0041\x41\.\\", @"\x1B\x07\t\u0041\x41\.\\")]
    public void ToEcmaScript_DotNetConstruct_SameMeaningInEcmaScript(string pattern, string expected)
    {
        var translated = PatternTranslator.ToEcmaScript(pattern);

        Assert.Equal(expected, translated);
    }

    [Fact]
    public void ToEcmaScript_WordBoundary_ExpandsWithDotNetWordCharacters()
    {
        var translated = PatternTranslator.ToEcmaScript(@"\bx\B");

        Assert.StartsWith(@"(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![", translated, StringComparison.Ordinal);
        Assert.Contains(@"x(?:(?<=[", translated, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("^SKU-\\d+$", "SKU-1\n", true)]
    [InlineData("^SKU-\\d+$", "SKU-\u0661", true)]
    [InlineData("^\\w+$", "é", true)]
    [InlineData("^a\\sb$", "a\u0085b", true)]
    [InlineData("^a\\sb$", "a\uFEFFb", false)]
    [InlineData("^.$", "\r", true)]
    public void ToEcmaScript_TranslatedPattern_StillMatchesInDotNetLikeTheOriginal(string pattern, string value, bool matches)
    {
        // The translation only uses constructs that mean the same in .NET, so .NET must still agree with itself;
        // the Ajv differential test checks the ECMA-262 side.
        var translated = PatternTranslator.ToEcmaScript(pattern);

        Assert.Equal(matches, Regex.IsMatch(value, pattern));
        Assert.Equal(matches, Regex.IsMatch(value, translated));
    }
}
