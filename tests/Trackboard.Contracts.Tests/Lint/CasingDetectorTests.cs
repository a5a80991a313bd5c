using Trackboard.Contracts.Lint;

namespace Trackboard.Contracts.Tests.Lint;

public sealed class CasingDetectorTests
{
    [Theory]
    [InlineData("order_completed", "snake_case")]
    [InlineData("signup", "snake_case,camelCase,lower case")]
    [InlineData("step2_completed", "snake_case")]
    [InlineData("orderCompleted", "camelCase")]
    [InlineData("userID", "camelCase")]
    [InlineData("OrderCompleted", "PascalCase")]
    [InlineData("Signup", "PascalCase,Title Case")]
    [InlineData("API", "PascalCase,Title Case")]
    [InlineData("Order Completed", "Title Case")]
    [InlineData("API Request Sent", "Title Case")]
    [InlineData("Step 2 Done", "Title Case")]
    [InlineData("order completed", "lower case")]
    [InlineData("Order completed", "")]
    [InlineData("order__completed", "")]
    [InlineData("order_completed_", "")]
    [InlineData("_order", "")]
    [InlineData("Order_Completed", "")]
    [InlineData("order-completed", "")]
    [InlineData("order  completed", "")]
    [InlineData("OrderCompleted Event", "")]
    [InlineData("2fa_enabled", "")]
    [InlineData("", "")]
    public void Matches_Name_FitsExactlyTheseCasings(string name, string expected)
    {
        var fits = NameCasings.All.Where(c => CasingDetector.Matches(name, c)).Select(NameCasings.Name);

        Assert.Equal(expected, string.Join(',', fits));
    }

    [Fact]
    public void Detect_MostlySnakeCase_GivesSnakeCase()
    {
        Assert.Equal(NameCasing.SnakeCase, CasingDetector.Detect(["order_completed", "product_viewed", "CheckoutStarted"]));
    }

    [Fact]
    public void Detect_MostlyTitleCase_GivesTitleCase()
    {
        Assert.Equal(NameCasing.TitleCase, CasingDetector.Detect(["Order Completed", "Product Viewed", "order_started"]));
    }

    [Fact]
    public void Detect_OneWordNamesCountForEveryCasingTheyFit_PascalBeatsTitleOnTie()
    {
        Assert.Equal(NameCasing.PascalCase, CasingDetector.Detect(["Signup", "Checkout"]));
        Assert.Equal(NameCasing.CamelCase, CasingDetector.Detect(["signup", "orderCompleted", "Order Completed"]));
    }

    [Fact]
    public void Detect_NoNamesOrNoCasing_GivesNull()
    {
        Assert.Null(CasingDetector.Detect([]));
        Assert.Null(CasingDetector.Detect(["order-completed", "Order_Completed"]));
    }

    [Theory]
    [InlineData("CheckoutCompleted", "snake_case", "checkout_completed")]
    [InlineData("userID", "snake_case", "user_id")]
    [InlineData("order_completed", "camelCase", "orderCompleted")]
    [InlineData("order_completed", "PascalCase", "OrderCompleted")]
    [InlineData("order-completed", "Title Case", "Order Completed")]
    [InlineData("HTTPRequestSent", "lower case", "http request sent")]
    [InlineData("step2Done", "snake_case", "step_2_done")]
    [InlineData("___", "snake_case", "___")]
    public void Convert_Name_IsWrittenInCasing(string name, string casing, string expected)
    {
        Assert.True(NameCasings.TryParse(casing, out var parsed));

        Assert.Equal(expected, CasingDetector.Convert(name, parsed));
    }

    [Fact]
    public void Convert_EveryCasing_GivesANameThatMatchesIt()
    {
        Assert.All(NameCasings.All, c => Assert.True(CasingDetector.Matches(CasingDetector.Convert("checkoutStepViewed", c), c), NameCasings.Name(c)));
    }

    [Fact]
    public void TryParse_EveryName_RoundTripsAndUnknownFails()
    {
        Assert.All(NameCasings.All, c => Assert.True(NameCasings.TryParse(NameCasings.Name(c), out var back) && back == c));
        Assert.False(NameCasings.TryParse("Snake_Case", out _));
        Assert.False(NameCasings.TryParse(null, out _));
    }
}
