using System.Globalization;
using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.ContractSource;

/// <summary>
/// The pulled versions on disk (<c>v{N}.json</c>, canonical bytes as served), the app-version map and the URL they came
/// from, so Guard starts with the Server down. Every file is written to a temporary name and renamed into place.
/// </summary>
internal sealed class ContractCache(string directory, string url)
{
    private const string SourceFile = "source.txt";
    private const string MapFile = "app-versions.json";

    public string Directory { get; } = directory;

    public static ContractCache For(GuardOptions options) =>
        new(Path.GetFullPath(options.ContractPull.CacheDirectoryFor(options.StoreFile)), options.ContractPull.Url);

    /// <summary>Reads what was cached for this URL: intact versions by number and the map bytes; corrupt files are reported and skipped.</summary>
    public (Dictionary<long, LoadedContract> Versions, byte[]? Map, List<string> Problems) Read()
    {
        var versions = new Dictionary<long, LoadedContract>();
        var problems = new List<string>();
        if (!System.IO.Directory.Exists(Directory))
        {
            return (versions, null, problems);
        }

        var source = Path.Combine(Directory, SourceFile);
        if (!File.Exists(source) || File.ReadAllText(source).Trim() != url)
        {
            problems.Add($"{Directory} was filled from another contract_url; it is ignored and replaced on the next pull");
            return (versions, null, problems);
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "v*.json"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!long.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var (loaded, error) = PulledContract.Verify(File.ReadAllBytes(file), number, null);
            if (loaded is null)
            {
                problems.Add($"{file}: {error}");
                continue;
            }

            versions[number] = loaded;
        }

        var map = Path.Combine(Directory, MapFile);
        return (versions, File.Exists(map) ? File.ReadAllBytes(map) : null, problems);
    }

    /// <summary>The latest cached version (what <c>replay</c> validates against when the contract is pulled).</summary>
    public (LoadedContract? Contract, string? Error) Latest()
    {
        var (versions, _, problems) = Read();
        return versions.Count > 0 ? (versions[versions.Keys.Max()], null)
            : (null, $"no cached version in {Directory} ({string.Join("; ", problems.DefaultIfEmpty("empty"))}); start Guard once with the Server reachable");
    }

    /// <summary>Writes the new versions and the map, then removes the versions no longer held.</summary>
    public void Write(IReadOnlyDictionary<long, byte[]> added, IEnumerable<long> held, byte[] map)
    {
        System.IO.Directory.CreateDirectory(Directory);
        WriteAtomic(SourceFile, System.Text.Encoding.UTF8.GetBytes(url));
        foreach (var (number, bytes) in added)
        {
            WriteAtomic(FileName(number), bytes);
        }

        WriteAtomic(MapFile, map);
        var keep = held.Select(FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "v*.json"))
        {
            if (!keep.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }

    private static string FileName(long number) => "v" + number.ToString(CultureInfo.InvariantCulture) + ".json";

    private void WriteAtomic(string name, byte[] bytes)
    {
        var target = Path.Combine(Directory, name);
        var temp = target + ".tmp-" + Guid.NewGuid().ToString("N");
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, target, overwrite: true);
    }
}
