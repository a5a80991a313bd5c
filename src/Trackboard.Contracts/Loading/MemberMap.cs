namespace Trackboard.Contracts.Loading;

/// <summary>
/// The known members of an object, looked up by key. Objects in a contract have a handful of keys, so
/// a scan over the member array beats a dictionary and allocates nothing. The first occurrence of a
/// key wins (<see cref="NodeReader.Object"/> reports repeats); unknown keys are never looked up.
/// </summary>
internal readonly struct MemberMap(SourceMember[] members)
{
    public SourceNode this[string key] => TryGetValue(key, out var node) ? node : throw new KeyNotFoundException(key);

    public bool TryGetValue(string key, out SourceNode node)
    {
        foreach (var member in members)
        {
            if (string.Equals(member.Key, key, StringComparison.Ordinal))
            {
                node = member.Value;
                return true;
            }
        }

        node = null!;
        return false;
    }
}
