using Trackboard.Contracts.Consistency;

namespace Trackboard.Contracts.Tests.Consistency;

public sealed class SemanticTokenizerTests
{
    [Theory]
    [InlineData("order_completed", "order completed")]
    [InlineData("CheckoutCompleted", "order completed")]
    [InlineData("checkoutCompleted", "order completed")]
    [InlineData("Checkout Completed", "order completed")]
    [InlineData("checkout-completed", "order completed")]
    [InlineData("purchase.success", "order completed")]
    [InlineData("registration_finished", "signup completed")]
    [InlineData("AccountCreated", "signup created")]
    [InlineData("user_signed_up", "user signup")]
    [InlineData("Sign Up Completed", "signup completed")]
    [InlineData("log_in", "login")]
    [InlineData("UserLoggedOut", "user logout")]
    [InlineData("checked_out", "order")]
    [InlineData("HTTPRequestSent", "http request sent")]
    [InlineData("URLsShared", "url shared")]
    [InlineData("step2Completed", "step completed")]
    [InlineData("error_404_shown", "failed 404 viewed")]
    [InlineData("v2_page_view", "page viewed")]
    [InlineData("the_event_of_a_user", "user")]
    [InlineData("Products Viewed", "product viewed")]
    [InlineData("categories", "category")]
    [InlineData("address", "address")]
    [InlineData("status", "status")]
    [InlineData("order_ids", "order id")]
    [InlineData("customerEmail", "user email")]
    [InlineData("e-mail", "email")]
    [InlineData("Customer completed checkout after payment success", "user completed order payment completed")]
    [InlineData("", "")]
    [InlineData("___", "")]
    public void Tokenize_Text_GivesNormalizedTokens(string text, string expected)
    {
        var tokens = SemanticTokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join(' ', tokens));
    }

    [Fact]
    public void Tokenize_Null_GivesNoTokens()
    {
        Assert.Empty(SemanticTokenizer.Tokenize(null));
    }

    [Fact]
    public void TokenSet_RepeatedTokens_AreDistinctAndOrdinalSorted()
    {
        var set = SemanticTokenizer.TokenSet("Payment success, checkout success, Order finished");

        Assert.Equal(["completed", "order", "payment"], set);
    }

    [Fact]
    public void Tokenize_NonAsciiLetters_AreWords()
    {
        Assert.Equal(["bestellung", "abgeschlossen"], SemanticTokenizer.Tokenize("BestellungAbgeschlossen"));
        Assert.Equal(["été", "commande"], SemanticTokenizer.Tokenize("été_commande"));
    }

    [Fact]
    public void Synonyms_CanonicalTokens_AreNotThemselvesMapped()
    {
        var canonical = TokenVocabulary.SynonymGroups.Select(g => g.Canonical)
            .Concat(TokenVocabulary.Phrases.Values);

        Assert.All(canonical, c => Assert.False(TokenVocabulary.Synonyms.ContainsKey(c), $"'{c}' is canonical and a synonym"));
        Assert.All(canonical, c => Assert.Equal([c], SemanticTokenizer.Tokenize(c)));
    }

    [Fact]
    public void Synonyms_EachWord_BelongsToOneGroup()
    {
        var words = TokenVocabulary.SynonymGroups.SelectMany(g => g.Words).ToList();

        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        Assert.All(words, w => Assert.False(TokenVocabulary.FillerWords.Contains(w), $"'{w}' is a synonym and a filler word"));
    }

    [Theory]
    [InlineData("checkoutCompleted", "checkout|Completed")]
    [InlineData("HTTPRequest", "HTTP|Request")]
    [InlineData("userID", "user|ID")]
    [InlineData("IDsLoaded", "IDs|Loaded")]
    [InlineData("ipv4Address", "ipv|4|Address")]
    [InlineData("  Order  Completed ", "Order|Completed")]
    [InlineData("a1b2", "a|1|b|2")]
    public void Split_Name_GivesWordsWithCase(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', WordSplitter.Split(text)));
    }
}
