namespace Trackboard.Server.Ui;

/// <summary>One result of the global search: what it is, how it is shown and the page that opens it.</summary>
public sealed record SearchHit(string Kind, string Label, string Detail, string Href);
