namespace Trackboard.Server.Hosting;

/// <summary>The absolute folder for the SQLite file, keys and the token key.</summary>
internal sealed record DataDirectory(string Path);
