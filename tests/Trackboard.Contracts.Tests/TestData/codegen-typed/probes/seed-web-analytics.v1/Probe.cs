using System.Collections.Generic;
using Trackboard.Generated;

public static class Probe
{
    public static List<object?> Run()
    {
        var client = new RecordingClient();
        client.TrackSignupCompleted(new SignupCompletedProperties { SignupMethod = SignupCompletedSignupMethod.Github, UserId = "usr_123" });
        TrackingPlan.TrackSignupCompleted(client, new SignupCompletedProperties { SignupMethod = SignupCompletedSignupMethod.Email, UserId = "usr_456" });
        client.TrackSignupCompleted(
            new SignupCompletedProperties { SignupMethod = SignupCompletedSignupMethod.Google, UserId = "usr_789" },
            new Dictionary<string, object?>
            {
                ["ip"] = "203.0.113.9",
                ["trackboard"] = new Dictionary<string, object?> { ["source"] = "probe", ["contract_version"] = "v99" },
            });
        return client.Calls;
    }
}
