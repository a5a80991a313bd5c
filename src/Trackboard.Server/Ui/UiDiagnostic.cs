namespace Trackboard.Server.Ui;

/// <summary>A contract error or warning as the UI shows it: the code from Trackboard.Contracts and the path in the request body.</summary>
public sealed record UiDiagnostic(string Code, string Severity, string Path, string Message);
