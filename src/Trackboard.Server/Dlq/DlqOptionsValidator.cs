using Microsoft.Extensions.Options;

namespace Trackboard.Server.Dlq;

/// <summary>Reports every bad <c>Trackboard:Dlq</c> key at once, with the allowed range.</summary>
internal sealed class DlqOptionsValidator : IValidateOptions<DlqOptions>
{
    public ValidateOptionsResult Validate(string? name, DlqOptions options)
    {
        var errors = new List<string>();
        Range(errors, "RetentionDays", options.RetentionDays, 1, 3650);
        Range(errors, "MaxImportBytes", options.MaxImportBytes, 1024, 1 << 30);
        Range(errors, "SpikeWindowMinutes", options.SpikeWindowMinutes, 1, 1440);
        Range(errors, "SpikeBaselineHours", options.SpikeBaselineHours, 1, 24 * 30);
        Range(errors, "SpikeMinCount", options.SpikeMinCount, 1, 1_000_000);
        Range(errors, "SpikeCooldownHours", options.SpikeCooldownHours, 1, 24 * 30);
        if (!(options.SpikeFactor >= 1 && options.SpikeFactor <= 1000))
        {
            errors.Add($"{DlqOptions.Section}:SpikeFactor must be between 1 and 1000 (is {options.SpikeFactor}).");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Range(List<string> errors, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{DlqOptions.Section}:{key} must be between {min} and {max} (is {value}).");
        }
    }
}
