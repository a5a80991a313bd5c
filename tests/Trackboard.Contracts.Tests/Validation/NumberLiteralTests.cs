using System.Text;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.Validation;

public sealed class NumberLiteralTests
{
    [Theory]
    [InlineData("0", true, 0L)]
    [InlineData("-0", true, 0L)]
    [InlineData("1.0", true, 1L)]
    [InlineData("1e2", true, 100L)]
    [InlineData("1.5e1", true, 15L)]
    [InlineData("1500e-2", true, 15L)]
    [InlineData("9223372036854775807", true, long.MaxValue)]
    [InlineData("9223372036854775807.0", true, long.MaxValue)]
    [InlineData("-9223372036854775808", true, long.MinValue)]
    [InlineData("0.000e5", true, 0L)]
    public void TryGetIntegerLiteral_Integers_ReturnExactValue(string literal, bool expected, long value)
    {
        var ok = NumberRules.TryGetIntegerLiteral(Encoding.UTF8.GetBytes(literal), out var actual, out var integral);

        Assert.Equal(expected, ok);
        Assert.True(integral);
        Assert.Equal(value, actual);
    }

    [Theory]
    [InlineData("1.5", false)]
    [InlineData("1.0000000000000001", false)]
    [InlineData("1e-1", false)]
    [InlineData("9223372036854775808", true)]
    [InlineData("-9223372036854775809", true)]
    [InlineData("1e19", true)]
    [InlineData("1e400", true)]
    public void TryGetIntegerLiteral_NonIntegersAndOutOfRange_ReturnFalse(string literal, bool integral)
    {
        var ok = NumberRules.TryGetIntegerLiteral(Encoding.UTF8.GetBytes(literal), out _, out var isIntegral);

        Assert.False(ok);
        Assert.Equal(integral, isIntegral);
    }
}
