using Trackboard.Generated;

public static class MissingRequired
{
    // user_id is required.
    public static void Run(ITrackboardClient client) =>
        client.TrackSignupCompleted(new SignupCompletedProperties { SignupMethod = SignupCompletedSignupMethod.Email });
}
