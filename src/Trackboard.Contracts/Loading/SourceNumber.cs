namespace Trackboard.Contracts.Loading;

/// <summary>A number token: its double value, its exact 64-bit value when it has one, and its raw text.</summary>
internal sealed record SourceNumber(double Value, long? Integer, byte[] Raw);
