using System.Collections.Generic;
using Trackboard.Generated;

public static class Probe
{
    public static List<object?> Run()
    {
        var client = new RecordingClient();
        client.TrackSignupCompleted(new SignupCompletedProperties { SignupMethod = SignupCompletedSignupMethod.Github, UserId = "usr_123" });
        TrackingPlan.TrackSignupCompleted(client, new SignupCompletedProperties { SignupMethod = SignupCompletedSignupMethod.Email, UserId = "usr_456" });
        return client.Calls;
    }
}
