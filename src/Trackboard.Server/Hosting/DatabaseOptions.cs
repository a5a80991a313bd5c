namespace Trackboard.Server.Hosting;

/// <summary>Section <c>Trackboard:Database</c>; the connection string is <c>ConnectionStrings:Trackboard</c>.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Trackboard:Database";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public string Provider { get; init; } = Sqlite;
}
