using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.Model;

public sealed class ContractTests
{
    [Fact]
    public void FindEvent_AfterWithReplacesEvents_AnswersFromTheNewList()
    {
        var original = new Contract { Events = [new EventDefinition { EventName = "signup" }] };
        Assert.NotNull(original.FindEvent("signup"));

        var changed = original with { Events = [new EventDefinition { EventName = "login" }] };

        Assert.NotNull(changed.FindEvent("login"));
        Assert.Null(changed.FindEvent("signup"));
        Assert.NotNull(original.FindEvent("signup"));
    }

    [Fact]
    public void GetMergedProperties_AfterWithReplacesGlobals_UsesTheNewGlobals()
    {
        var definition = new EventDefinition { EventName = "e", GlobalProperties = ["user_id"] };
        var original = new Contract
        {
            Events = [definition],
            GlobalProperties = [new PropertyDefinition { Name = "user_id", Type = PropertyType.String }],
        };
        Assert.Equal(PropertyType.String, Assert.Single(original.GetMergedProperties(definition)).Type);

        var changed = original with { GlobalProperties = [new PropertyDefinition { Name = "user_id", Type = PropertyType.Integer }] };

        Assert.Equal(PropertyType.Integer, Assert.Single(changed.GetMergedProperties(definition)).Type);
    }

    [Fact]
    public void Equals_AfterLookupsOnOneCopy_StillEqual()
    {
        var original = new Contract { Events = [new EventDefinition { EventName = "signup" }] };
        var copy = original with { };

        _ = copy.FindEvent("signup");

        Assert.Equal(original, copy);
    }

    [Fact]
    public void GetMergedProperties_LocalsAndLinkedGlobals_InOrdinalNameOrder()
    {
        var definition = new EventDefinition
        {
            EventName = "e",
            Properties = [new PropertyDefinition { Name = "b", Type = PropertyType.String }, new PropertyDefinition { Name = "B", Type = PropertyType.String }],
            GlobalProperties = ["a", "missing"],
        };
        var contract = new Contract { Events = [definition], GlobalProperties = [new PropertyDefinition { Name = "a", Type = PropertyType.Boolean }] };

        var merged = contract.GetMergedProperties(definition);

        Assert.Equal(["B", "a", "b"], merged.Select(p => p.Name));
    }
}
