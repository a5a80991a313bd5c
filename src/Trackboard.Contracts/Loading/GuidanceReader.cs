using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Loading;

/// <summary>Reads <c>implementation_guidance</c> with its limits (DESIGN §2.3). Unknown keys are errors.</summary>
internal sealed class GuidanceReader(NodeReader reader)
{
    public const int MaxItems = 20;
    public const int MaxTextLength = 500;
    public const int MaxSnippetLength = 2000;

    private static readonly HashSet<string> s_keys =
        ["trigger_when", "do_not_trigger_when", "privacy_notes", "preferred_location", "required_source", "lifecycle_stage", "idempotency_key", "code_examples"];

    private static readonly HashSet<string> s_exampleKeys = ["language", "framework", "snippet"];

    private const string Invalid = ContractErrorCodes.InvalidImplementationGuidance;

    public ImplementationGuidance? Read(SourceNode node, string path)
    {
        if (node.Kind == SourceKind.Null)
        {
            return null;
        }

        var errors = reader.ErrorCount;
        if (node.Kind != SourceKind.Object)
        {
            reader.Error(Invalid, path, node, $"'implementation_guidance' must be an object, not {node.KindName}.");
            return null;
        }

        var members = reader.Object(node, path, s_keys, "implementation_guidance", Invalid)!.Value;
        var guidance = new ImplementationGuidance
        {
            TriggerWhen = TextList(members, "trigger_when", path),
            DoNotTriggerWhen = TextList(members, "do_not_trigger_when", path),
            PrivacyNotes = TextList(members, "privacy_notes", path),
            PreferredLocation = Location(members, path),
            RequiredSource = Text(members, "required_source", path),
            LifecycleStage = Text(members, "lifecycle_stage", path),
            IdempotencyKey = Text(members, "idempotency_key", path),
            CodeExamples = CodeExamples(members, path),
        };
        return reader.ErrorCount == errors ? guidance : null;
    }

    private List<string> TextList(MemberMap members, string key, string path)
    {
        var values = reader.OptionalStringArray(members, key, path, Invalid);
        if (values is null)
        {
            return [];
        }

        if (values.Count > MaxItems)
        {
            reader.Error(ContractErrorCodes.GuidanceLimitExceeded, NodeReader.Child(path, key), members[key],
                $"'{key}' has {values.Count} items; at most {MaxItems} are allowed.");
        }

        foreach (var (value, node, itemPath) in values)
        {
            CheckLength(value, node, itemPath, MaxTextLength);
        }

        return [.. values.Select(v => v.Value)];
    }

    private string? Text(MemberMap members, string key, string path)
    {
        var value = reader.OptionalString(members, key, path, Invalid);
        if (value is not null)
        {
            CheckLength(value, members[key], NodeReader.Child(path, key), MaxTextLength);
        }

        return value;
    }

    private string Location(MemberMap members, string path)
    {
        var value = reader.OptionalString(members, "preferred_location", path, Invalid);
        if (value is null)
        {
            return "unknown";
        }

        if (!ImplementationGuidance.Locations.Contains(value))
        {
            reader.Error(Invalid, NodeReader.Child(path, "preferred_location"), members["preferred_location"],
                $"Unknown preferred_location '{value}'; use one of {string.Join(", ", ImplementationGuidance.Locations)}.");
        }

        return value;
    }

    private List<CodeExample> CodeExamples(MemberMap members, string path)
    {
        if (!members.TryGetValue("code_examples", out var node) || node.Kind == SourceKind.Null)
        {
            return [];
        }

        var listPath = NodeReader.Child(path, "code_examples");
        if (node.Kind != SourceKind.Array)
        {
            reader.Error(Invalid, listPath, node, $"'code_examples' must be an array of objects, not {node.KindName}.");
            return [];
        }

        if (node.Items!.Length > MaxItems)
        {
            reader.Error(ContractErrorCodes.GuidanceLimitExceeded, listPath, node, $"'code_examples' has {node.Items.Length} items; at most {MaxItems} are allowed.");
        }

        var examples = new List<CodeExample>();
        for (var i = 0; i < node.Items.Length; i++)
        {
            var itemPath = NodeReader.Index(listPath, i);
            if (reader.Object(node.Items[i], itemPath, s_exampleKeys, "a code example", Invalid) is not { } item)
            {
                continue;
            }

            var language = reader.OptionalString(item, "language", itemPath, Invalid);
            var snippet = reader.OptionalString(item, "snippet", itemPath, Invalid);
            var framework = reader.OptionalString(item, "framework", itemPath, Invalid);
            if (language is null || snippet is null)
            {
                // A present value of the wrong type was reported already; only absence is reported here.
                if (IsAbsent(item, "language") || IsAbsent(item, "snippet"))
                {
                    reader.Error(Invalid, itemPath, node.Items[i], "A code example needs a 'language' and a 'snippet'.");
                }

                continue;
            }

            CheckLength(language, item["language"], NodeReader.Child(itemPath, "language"), MaxTextLength);
            CheckLength(snippet, item["snippet"], NodeReader.Child(itemPath, "snippet"), MaxSnippetLength);
            if (framework is not null)
            {
                CheckLength(framework, item["framework"], NodeReader.Child(itemPath, "framework"), MaxTextLength);
            }

            examples.Add(new CodeExample { Language = language, Framework = framework, Snippet = snippet });
        }

        return examples;
    }

    private static bool IsAbsent(MemberMap members, string key) =>
        !members.TryGetValue(key, out var node) || node.Kind == SourceKind.Null;

    private void CheckLength(string value, SourceNode node, string path, int max)
    {
        var length = value.EnumerateRunes().Count();
        if (length > max)
        {
            reader.Error(ContractErrorCodes.GuidanceLimitExceeded, path, node, $"Text is {length} characters long; at most {max} are allowed.");
        }
    }
}
