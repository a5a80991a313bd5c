using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.Model;

public sealed class ScalarValueTests
{
    [Fact]
    public void JsonEquals_IntegerAndIntegralDouble_Equal()
    {
        Assert.True(ScalarValue.FromInteger(1).JsonEquals(ScalarValue.FromDouble(1.0)));
        Assert.True(ScalarValue.FromInteger(0).JsonEquals(ScalarValue.FromDouble(-0.0)));
    }

    [Fact]
    public void JsonEquals_DifferentKinds_NotEqual()
    {
        Assert.False(ScalarValue.FromInteger(1).JsonEquals(ScalarValue.FromString("1")));
        Assert.False(ScalarValue.FromBoolean(true).JsonEquals(ScalarValue.FromInteger(1)));
        Assert.False(ScalarValue.Null.JsonEquals(ScalarValue.FromString("")));
    }

    [Fact]
    public void JsonEquals_LongMaxValueAndTwoToThe63_NotEqual()
    {
        // 2^63 - 1 rounds to the double 2^63, but the two are different numbers.
        var longMax = ScalarValue.FromInteger(long.MaxValue);
        var twoToThe63 = ScalarValue.FromDouble(9223372036854775808d);

        Assert.False(longMax.JsonEquals(twoToThe63));
        Assert.False(twoToThe63.JsonEquals(longMax));
    }

    [Fact]
    public void JsonEquals_IntegersBeyondDoublePrecision_ComparedExactly()
    {
        Assert.False(ScalarValue.FromInteger(9007199254740993).JsonEquals(ScalarValue.FromInteger(9007199254740992)));
        Assert.True(ScalarValue.FromInteger(9007199254740993).JsonEquals(ScalarValue.FromInteger(9007199254740993)));
    }

    [Fact]
    public void Comparer_EqualValues_SameHashCode()
    {
        var comparer = ScalarValueComparer.Instance;

        Assert.Equal(comparer.GetHashCode(ScalarValue.FromInteger(7)), comparer.GetHashCode(ScalarValue.FromDouble(7.0)));
        Assert.Equal(comparer.GetHashCode(ScalarValue.FromInteger(0)), comparer.GetHashCode(ScalarValue.FromDouble(-0.0)));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    public void Distinct_Repeats_FirstOccurrencesInOrder(int size)
    {
        var values = Enumerable.Range(0, size).Select(i => ScalarValue.FromInteger(i % 3 == 0 ? 0 : i))
            .Append(ScalarValue.FromDouble(1.0)).Append(ScalarValue.FromString("1")).ToList();

        var distinct = ScalarValueComparer.Distinct(values);

        var expected = values.Where((v, i) => !values.Take(i).Any(p => p.JsonEquals(v))).ToList();
        Assert.Equal(expected, distinct);
        Assert.Equal(distinct.Count, distinct.Distinct(ScalarValueComparer.Instance).Count());
    }

    [Fact]
    public void Distinct_NoRepeats_ReturnsTheSameList()
    {
        IReadOnlyList<ScalarValue> values = [ScalarValue.FromString("a"), ScalarValue.FromString("b")];

        Assert.Same(values, ScalarValueComparer.Distinct(values));
    }
}
