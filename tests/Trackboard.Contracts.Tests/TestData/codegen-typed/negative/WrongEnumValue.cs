using Trackboard.Generated;

public static class WrongEnumValue
{
    // signup_method allows email, google and github only.
    public static void Run(ITrackboardClient client) =>
        client.TrackSignupCompleted(new SignupCompletedProperties { SignupMethod = SignupCompletedSignupMethod.Facebook, UserId = "u" });
}
