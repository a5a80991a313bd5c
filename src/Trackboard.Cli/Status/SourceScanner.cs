using System.Text;
using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Model;

namespace Trackboard.Cli.Status;

/// <summary>
/// Walks a source tree and collects the call sites of each event's generated helpers. Directories named
/// in <see cref="SkippedDirectories"/> or starting with a dot are not entered; files Trackboard generated
/// (their header says so) are not scanned, so a helper calling its own overload is not a call site.
/// </summary>
internal static class SourceScanner
{
    public static IReadOnlySet<string> SkippedDirectories { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "node_modules", "bin", "obj", "build", "dist", "out", "target", "vendor", "__pycache__",
    };

    public static StatusScan Scan(Contract contract, string root, Action<string> warn)
    {
        var helpers = new Dictionary<SourceLanguage, Dictionary<string, string>?>();
        var sites = new List<CallSite>();
        var scanned = 0;
        var generated = 0;
        foreach (var file in Files(root))
        {
            if (SourceLanguage.ForFile(file) is not { } language)
            {
                continue;
            }

            if (!helpers.TryGetValue(language, out var names))
            {
                names = HelperNames(contract, language, warn);
                helpers[language] = names;
            }

            if (names is null)
            {
                continue;
            }

            var text = ReadText(file);
            if (IsGenerated(text))
            {
                generated++;
                continue;
            }

            scanned++;
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            sites.AddRange(FindCalls(text, language, names.Keys.ToHashSet(StringComparer.Ordinal))
                .Select(c => new CallSite(names[c.Name], c.Name, language.Name, relative, c.Line, c.Column)));
        }

        return new StatusScan(sites, scanned, generated);
    }

    private static IEnumerable<(string Name, int Line, int Column)> FindCalls(string text, SourceLanguage language, IReadOnlySet<string> helpers)
    {
        if (language.Rules is null)
        {
            return CSharpCallSites.Find(text, helpers);
        }

        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        return CallSiteTokenizer.FindCalls(text, language.Rules, helpers).Select(call =>
        {
            var line = lineStarts.BinarySearch(call.Offset);
            line = line >= 0 ? line : ~line - 1;
            return (call.Name, line + 1, call.Offset - lineStarts[line] + 1);
        });
    }

    // Helper name → event, over every target the language calls; null when no target can name this contract.
    private static Dictionary<string, string>? HelperNames(Contract contract, SourceLanguage language, Action<string> warn)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var target in language.Targets)
        {
            try
            {
                foreach (var (eventName, helper) in TrackHelpers.Names(target, contract) ?? new Dictionary<string, string>())
                {
                    names.TryAdd(helper, eventName);
                }
            }
            catch (CodegenException failure)
            {
                warn($"{language.Name} files are not scanned for {target} helpers: {failure.Code}: {failure.Message}");
                if (target == language.Targets[0])
                {
                    return null;
                }
            }
        }

        return names;
    }

    private static IEnumerable<string> Files(string root)
    {
        var pending = new Stack<string>([root]);
        var found = new List<string>();
        while (pending.TryPop(out var directory))
        {
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            {
                if (entry.LinkTarget is not null)
                {
                    continue;
                }

                if (entry is DirectoryInfo && !entry.Name.StartsWith('.') && !SkippedDirectories.Contains(entry.Name))
                {
                    pending.Push(entry.FullName);
                }
                else if (entry is FileInfo)
                {
                    found.Add(entry.FullName);
                }
            }
        }

        return found.Order(StringComparer.Ordinal);
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw CliException.BadInput($"{path}: cannot be read ({failure.Message}); check its permissions or leave it out of --src.");
        }
    }

    // Every target writes "Generated by Trackboard from …" (Go: "Code generated by Trackboard from …") in its first lines.
    private static bool IsGenerated(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 300));
        return head.Contains("enerated by Trackboard from ", StringComparison.Ordinal);
    }
}
