namespace Trackboard.Contracts.Validation;

/// <summary>Which string rules a value broke.</summary>
[Flags]
internal enum StringFailures
{
    None = 0,
    Enum = 1,
    MinLength = 2,
    MaxLength = 4,
    Pattern = 8,
    PatternTimeout = 16,
    Format = 32,
}
