using Trackboard.Generated;

public static class WrongEnumKind
{
    // An enum property takes the enum, not a string that looks like one of its values.
    public static void Run(ITrackboardClient client) =>
        client.TrackSignupCompleted(new SignupCompletedProperties { SignupMethod = "github", UserId = "u" });
}
