using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.Validation;

public sealed class PatternRulesTests
{
    [Theory]
    [InlineData("^[a-z]+$", @"^[a-z]+\z")]
    [InlineData(@"^a\$b$", @"^a\$b\z")]
    [InlineData("^[$]+$", @"^[$]+\z")]
    [InlineData("^[]$]x$", @"^[]$]x\z")]
    [InlineData("^[^$]$", @"^[^$]\z")]
    [InlineData("abc", "abc")]
    public void ToDotNet_DollarOutsideClasses_BecomesEndOfString(string pattern, string expected) =>
        Assert.Equal(expected, PatternRules.ToDotNet(pattern));

    [Fact]
    public void IsMatch_TrailingNewline_DoesNotMatchDollar()
    {
        Assert.True(PatternRules.IsMatch("^[a-z]+$", "abc"));
        Assert.False(PatternRules.IsMatch("^[a-z]+$", "abc\n"));
    }

    [Fact]
    public void IsMatch_CatastrophicPattern_TimesOutInsteadOfHanging()
    {
        var input = new string('a', 40) + "!";

        var result = PatternRules.IsMatch("^(a+)+$", input);

        Assert.Null(result);
    }
}
