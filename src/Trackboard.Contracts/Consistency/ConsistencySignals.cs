namespace Trackboard.Contracts.Consistency;

/// <summary>The signals of a similarity score, their ids and weights (they add up to 100).</summary>
public static class ConsistencySignals
{
    /// <summary>Jaccard similarity of the name token sets. Weight 25; always applies.</summary>
    public const string NameTokens = "name_tokens";

    /// <summary>Jaccard similarity of the token sets of description, trigger_when and do_not_trigger_when. Weight 15.</summary>
    public const string DescriptionText = "description_text";

    /// <summary>Jaccard similarity of the local property names, each normalized to its tokens joined by <c>_</c>. Weight 20.</summary>
    public const string PropertyNames = "property_names";

    /// <summary>Jaccard similarity of the normalized names of required local properties. Weight 10.</summary>
    public const string RequiredProperties = "required_properties";

    /// <summary>Mean type agreement over shared properties: same type 1, integer and float 0.5, else 0. Weight 10.</summary>
    public const string PropertyTypes = "property_types";

    /// <summary>Share of shared properties whose constraints are equal. Weight 5.</summary>
    public const string Constraints = "constraints";

    /// <summary>Mean of category token similarity (when either event has one) and status equality. Weight 5.</summary>
    public const string CategoryStatus = "category_status";

    /// <summary>Mean agreement of lifecycle_stage, required_source and preferred_location, over those either event sets. Weight 10.</summary>
    public const string LifecycleSource = "lifecycle_source";

    /// <summary>Every signal with its weight, in report order.</summary>
    public static IReadOnlyList<(string Signal, int Weight)> All { get; } =
    [
        (NameTokens, 25),
        (DescriptionText, 15),
        (PropertyNames, 20),
        (RequiredProperties, 10),
        (PropertyTypes, 10),
        (Constraints, 5),
        (CategoryStatus, 5),
        (LifecycleSource, 10),
    ];

    /// <summary>The weight of a signal.</summary>
    public static int Weight(string signal)
    {
        foreach (var (id, weight) in All)
        {
            if (id == signal)
            {
                return weight;
            }
        }

        throw new ArgumentException($"Unknown signal '{signal}'.", nameof(signal));
    }
}
