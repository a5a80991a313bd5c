using Trackboard.Contracts.Versioning;

namespace Trackboard.Contracts.Tests.Versioning;

public sealed class AppVersionTests
{
    [Theory]
    [InlineData("1.4.2", "1.4.2")]
    [InlineData("v2.0", "2")]
    [InlineData(" 3.1.0-beta.2 ", "3.1")]
    [InlineData("5.2 (4120)", "5.2")]
    [InlineData("10.0.0+build.7", "10")]
    [InlineData("0", "0")]
    public void TryParse_AppBuildTexts_NumericPartKept(string text, string expected)
    {
        Assert.True(AppVersion.TryParse(text, out var version));

        Assert.Equal(expected, version.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("latest")]
    [InlineData("v")]
    [InlineData(".1")]
    [InlineData("1.2.3.4.5.6.7.8.9")]
    [InlineData("1234567890123456789")]
    public void TryParse_NotAVersion_False(string? text)
    {
        Assert.False(AppVersion.TryParse(text, out _));
    }

    [Theory]
    [InlineData("1.4", "1.4.0", 0)]
    [InlineData("1.10", "1.9", 1)]
    [InlineData("2.0.0-beta", "2.0", 0)]
    [InlineData("1.9.9", "2", -1)]
    public void CompareTo_ComponentByComponent_MissingPartsAreZero(string a, string b, int sign)
    {
        AppVersion.TryParse(a, out var left);
        AppVersion.TryParse(b, out var right);

        Assert.Equal(sign, Math.Sign(left!.CompareTo(right)));
        Assert.Equal(sign == 0, left.Equals(right));
    }

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("1.9.99", true)]
    [InlineData("2.0", false)]
    [InlineData("0.9", false)]
    public void IsInRange_HalfOpenRange_UpperBoundExcluded(string text, bool expected)
    {
        AppVersion.TryParse(text, out var version);
        AppVersion.TryParse("1", out var from);
        AppVersion.TryParse("2", out var to);

        Assert.Equal(expected, version!.IsInRange(from!, to));
        Assert.Equal(text != "0.9", version.IsInRange(from!, null));
    }
}
