using System.Text.Json;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Validation;

/// <summary>Validates events against a contract (DESIGN §3). Same input, same violations, same order, everywhere.</summary>
public static class EventValidator
{
    /// <summary>Validates a parsed track call.</summary>
    public static ValidationResult Validate(Contract contract, JsonElement payload) => Validate(contract, payload, CallTypes.Track);

    /// <summary>Validates a parsed call of the given type (see <see cref="CallTypes"/>).</summary>
    public static ValidationResult Validate(Contract contract, JsonElement payload, string callType)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return CompiledContract.Compile(contract).ValidateElement(payload, callType);
    }

    /// <summary>Validates a track call from UTF-8 JSON bytes (the compiled path).</summary>
    public static ValidationResult Validate(Contract contract, ReadOnlySpan<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return CompiledContract.Compile(contract).Validate(utf8);
    }
}
