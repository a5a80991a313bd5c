package __PROBE__;

import __PLAN__.SignupCompletedProperties;
import __PLAN__.SignupCompletedSignupMethod;
import __PLAN__.TrackingPlan;
import probejson.ProbeJson;

public final class Probe {
    private Probe() {
    }

    public static void main(String[] args) {
        RecordingClient client = new RecordingClient();
        TrackingPlan.trackSignupCompleted(client, new SignupCompletedProperties(SignupCompletedSignupMethod.GITHUB, "usr_123"));
        TrackingPlan.trackSignupCompleted(client, new SignupCompletedProperties(SignupCompletedSignupMethod.EMAIL, "usr_456"));
        System.out.print(ProbeJson.write(client.calls));
    }
}
