using Trackboard.Contracts.Consistency;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Consistency;

public sealed class ConsistencyScorerTests
{
    private const string OrderCompleted = """
        {"event_name":"order_completed","description":"An order was paid","category":"checkout",
         "properties":[{"name":"order_id","type":"string","required":true},{"name":"total","type":"float","required":true},
                       {"name":"currency","type":"string","constraints":{"enum_values":["EUR","USD"]}}]}
        """;

    private const string PurchaseSuccess = """
        {"event_name":"PurchaseSuccess","description":"The customer paid for an order","category":"checkout",
         "properties":[{"name":"orderId","type":"string","required":true},{"name":"total","type":"integer","required":true},
                       {"name":"currency","type":"string"}]}
        """;

    private const string ProductViewed = """
        {"event_name":"product_viewed","description":"A product detail page is shown","category":"catalog",
         "properties":[{"name":"product_id","type":"string","required":true}]}
        """;

    [Fact]
    public void FindPairs_SeedConsistencyFixture_FindsExactlyCheckoutCompletedAndOrderCompleted()
    {
        var contract = TestContracts.LoadFile(TestPaths.SeedExamples("fixtures", "cli", "contract.consistency.json"));

        var report = ConsistencyScorer.FindPairs(contract, 65);

        var pair = Assert.Single(report.Results);
        Assert.Equal(("CheckoutCompleted", "order_completed"), (pair.EventA, pair.EventB));
        Assert.Equal(SimilarityBand.DuplicateLikely, pair.Band);
        Assert.True(pair.Score >= 82, $"score {pair.Score}");
    }

    [Fact]
    public void FindPairs_SeedConsistencyFixture_MatchesGoldenReport()
    {
        var contract = TestContracts.LoadFile(TestPaths.SeedExamples("fixtures", "cli", "contract.consistency.json"));

        var report = ConsistencyScorer.FindPairs(contract, 0);

        Snapshot.Match("consistency/contract.consistency.pairs.json", report.ToJson());
    }

    [Fact]
    public void Compare_SeedPair_EverySignalAgrees()
    {
        var contract = TestContracts.LoadFile(TestPaths.SeedExamples("fixtures", "cli", "contract.consistency.json"));

        var result = ConsistencyScorer.Compare(contract, contract.Events[0], contract.Events[1]);

        Assert.Equal(100, result.Score);
        Assert.Equal(ConsistencySignals.All.Select(s => s.Signal), result.Signals.Select(s => s.Signal));
        Assert.All(result.Signals, s => Assert.True(s.Applies && s.Similarity == 1 && s.Score == s.Weight, s.Signal));
        Assert.Equal(["completed", "order"], result.Signals[0].Evidence.Single(e => e.Kind == "shared").Values);
    }

    [Fact]
    public void Compare_SynonymNamesWithTypeDisagreement_IsDuplicateLikelyWithEvidence()
    {
        var contract = TestContracts.WithEvents(OrderCompleted, PurchaseSuccess);

        var result = ConsistencyScorer.Compare(contract, contract.Events[0], contract.Events[1]);

        Assert.Equal(SimilarityBand.DuplicateLikely, result.Band);
        var name = Signal(result, ConsistencySignals.NameTokens);
        Assert.Equal(1, name.Similarity);
        var types = Signal(result, ConsistencySignals.PropertyTypes);
        Assert.Equal(["total: float vs integer"], types.Evidence.Single(e => e.Kind == "disagree").Values);
        Assert.Equal(0.8333, types.Similarity);
        var properties = Signal(result, ConsistencySignals.PropertyNames);
        Assert.Contains("order_id ~ orderId", properties.Evidence.Single(e => e.Kind == "shared").Values);
        var constraints = Signal(result, ConsistencySignals.Constraints);
        Assert.Equal(["currency: {\"enum_values\":[\"EUR\",\"USD\"]} vs none"], constraints.Evidence.Single(e => e.Kind == "disagree").Values);
        Assert.False(Signal(result, ConsistencySignals.LifecycleSource).Applies);
    }

    [Fact]
    public void Compare_UnrelatedEvents_IsWeakSignalWithNothingShared()
    {
        var contract = TestContracts.WithEvents(OrderCompleted, ProductViewed);

        var result = ConsistencyScorer.Compare(contract, contract.Events[0], contract.Events[1]);

        Assert.Equal(SimilarityBand.WeakSignal, result.Band);
        Assert.True(result.Score < 20, $"score {result.Score}");
        Assert.Equal(0, Signal(result, ConsistencySignals.NameTokens).Similarity);
        Assert.False(Signal(result, ConsistencySignals.PropertyTypes).Applies);
    }

    [Fact]
    public void Compare_SameObjectDifferentAction_IsNotDuplicateLikely()
    {
        var contract = TestContracts.WithEvents(OrderCompleted, OrderCompleted.Replace("order_completed", "order_cancelled", StringComparison.Ordinal)
            .Replace("An order was paid", "The customer cancelled an unpaid order", StringComparison.Ordinal));

        var result = ConsistencyScorer.Compare(contract, contract.Events[0], contract.Events[1]);

        Assert.Equal(SimilarityBand.PossiblyRelated, result.Band);
    }

    [Fact]
    public void Compare_ArgumentOrder_GivesTheSameScoreWithSidesSwapped()
    {
        var contract = TestContracts.WithEvents(OrderCompleted, PurchaseSuccess);

        var ab = ConsistencyScorer.Compare(contract, contract.Events[0], contract.Events[1]);
        var ba = ConsistencyScorer.Compare(contract, contract.Events[1], contract.Events[0]);

        Assert.Equal(ab.Score, ba.Score);
        Assert.Equal(("PurchaseSuccess", "order_completed"), (ba.EventA, ba.EventB));
        Assert.Equal(ab.Signals.Select(s => s.Score), ba.Signals.Select(s => s.Score));
    }

    [Fact]
    public void FindPairs_SameContractTwice_GivesIdenticalJson()
    {
        var events = new[] { OrderCompleted, PurchaseSuccess, ProductViewed };
        var forward = TestContracts.WithEvents(events);
        var reversed = TestContracts.WithEvents([.. events.Reverse()]);

        var first = ConsistencyScorer.FindPairs(forward, 0).ToJson();
        var second = ConsistencyScorer.FindPairs(forward, 0).ToJson();
        var fromReversed = ConsistencyScorer.FindPairs(reversed, 0).ToJson();

        Assert.Equal(first, second);
        Assert.Equal(first, fromReversed);
    }

    [Fact]
    public void FindPairs_ThresholdZero_OrdersByScoreThenNames()
    {
        var contract = TestContracts.WithEvents(ProductViewed, OrderCompleted, PurchaseSuccess);

        var results = ConsistencyScorer.FindPairs(contract, 0).Results;

        Assert.Equal(3, results.Count);
        Assert.Equal(("PurchaseSuccess", "order_completed"), (results[0].EventA, results[0].EventB));
        Assert.True(results[0].Score >= results[1].Score && results[1].Score >= results[2].Score);
        Assert.All(results, r => Assert.True(string.CompareOrdinal(r.EventA, r.EventB) < 0));
    }

    [Fact]
    public void FindSimilar_CandidateWithSynonymName_FindsTheExistingEvent()
    {
        var contract = TestContracts.WithEvents(OrderCompleted, ProductViewed);

        var report = ConsistencyScorer.FindSimilar(contract, "Checkout Finished", null);

        var match = Assert.Single(report.Results);
        Assert.Equal(("Checkout Finished", "order_completed", 100.0), (match.EventA, match.EventB, match.Score));
        Assert.Equal([ConsistencySignals.NameTokens], match.Signals.Where(s => s.Applies).Select(s => s.Signal));
    }

    [Fact]
    public void FindSimilar_CandidateWithDescription_UsesNameAndText()
    {
        var contract = TestContracts.WithEvents(OrderCompleted, ProductViewed);

        var report = ConsistencyScorer.FindSimilar(contract, "product_seen", "A product detail page is displayed", 0);

        Assert.Equal(["product_viewed", "order_completed"], report.Results.Select(r => r.EventB));
        Assert.Equal(100, report.Results[0].Score);
        Assert.Equal([ConsistencySignals.NameTokens, ConsistencySignals.DescriptionText],
            report.Results[0].Signals.Where(s => s.Applies).Select(s => s.Signal));
    }

    [Fact]
    public void FindSimilar_UnrelatedCandidate_FindsNothingAtDefaultThreshold()
    {
        var contract = TestContracts.WithEvents(OrderCompleted, ProductViewed);

        var report = ConsistencyScorer.FindSimilar(contract, "video_played", "A video starts playing");

        Assert.Empty(report.Results);
        Assert.Equal(65, report.Threshold);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void FindPairs_ThresholdOutOfRange_Throws(double threshold)
    {
        var contract = TestContracts.WithEvents(OrderCompleted);

        Assert.Throws<ArgumentOutOfRangeException>(() => ConsistencyScorer.FindPairs(contract, threshold));
    }

    [Theory]
    [InlineData(100, SimilarityBand.DuplicateLikely)]
    [InlineData(82, SimilarityBand.DuplicateLikely)]
    [InlineData(81.9, SimilarityBand.PossiblyRelated)]
    [InlineData(65, SimilarityBand.PossiblyRelated)]
    [InlineData(64.9, SimilarityBand.WeakSignal)]
    [InlineData(0, SimilarityBand.WeakSignal)]
    public void Of_Score_GivesBand(double score, SimilarityBand band)
    {
        Assert.Equal(band, SimilarityBands.Of(score));
    }

    [Fact]
    public void All_Weights_AddUpTo100()
    {
        Assert.Equal(100, ConsistencySignals.All.Sum(s => s.Weight));
        Assert.Equal(25, ConsistencySignals.Weight(ConsistencySignals.NameTokens));
    }

    private static SignalScore Signal(SimilarityResult result, string signal) => result.Signals.Single(s => s.Signal == signal);
}
