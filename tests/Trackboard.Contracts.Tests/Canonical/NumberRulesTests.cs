using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Canonical;

public sealed class NumberRulesTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("1", "1")]
    [InlineData("1.0", "1")]
    [InlineData("1.5", "1.5")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("123456789012345680000", "123456789012345680000")]
    [InlineData("5e-324", "5e-324")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("0.1", "0.1")]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("-1.5e-10", "-1.5e-10")]
    public void Format_Value_MatchesEcmaScriptNumberToString(string json, string expected)
    {
        var value = double.Parse(json, CultureInfo.InvariantCulture);

        Assert.Equal(expected, NumberRules.Format(value));
    }

    [Fact]
    public void Format_GeneratedTable_MatchesNodeJsOnEveryRow()
    {
        using var table = JsonDocument.Parse(File.ReadAllBytes(TestPaths.TestData("numbers", "ecmascript-tostring.json")));
        var failures = new List<string>();
        var count = 0;

        foreach (var row in table.RootElement.GetProperty("cases").EnumerateArray())
        {
            var bits = ulong.Parse(row[0].GetString()!, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var value = BitConverter.UInt64BitsToDouble(bits);
            var actual = NumberRules.Format(value);
            if (actual != row[1].GetString())
            {
                failures.Add($"{row[0].GetString()}: expected {row[1].GetString()}, got {actual}");
            }

            count++;
        }

        Assert.True(count > 1000, $"Only {count} rows.");
        Assert.Empty(failures);
    }

    [Fact]
    public void Format_RandomDoubles_ParseBackToTheSameValue()
    {
        var random = new Random(20261203);
        Span<byte> bytes = stackalloc byte[8];
        for (var i = 0; i < 20_000; i++)
        {
            random.NextBytes(bytes);
            var value = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(bytes));
            if (!double.IsFinite(value))
            {
                continue;
            }

            var text = NumberRules.Format(value);

            Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Format_NotFinite_Throws(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberRules.Format(value));
    }

    [Theory]
    [InlineData(1d, true)]
    [InlineData(-0d, true)]
    [InlineData(1e2d, true)]
    [InlineData(1.5d, false)]
    [InlineData(-9223372036854775808d, true)]
    [InlineData(9223372036854775808d, false)]
    [InlineData(1e300d, false)]
    [InlineData(double.NaN, false)]
    public void IsInteger_Value_NoFractionAndWithin64Bits(double value, bool expected)
    {
        Assert.Equal(expected, NumberRules.IsInteger(value));
    }
}
