namespace Trackboard.Guard.Replay;

/// <summary>What a replay run did (or, dry, would do).</summary>
internal sealed record ReplayResult(int Queued, int StillInvalid, int Corrupt, int AlreadyForwarded);
