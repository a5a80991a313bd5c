package __PROBE__;

import __PLAN__.SignupCompletedProperties;
import __PLAN__.SignupCompletedSignupMethod;
import __PLAN__.TrackingPlan;
import java.util.Map;
import probejson.ProbeJson;

public final class Probe {
    private Probe() {
    }

    public static void main(String[] args) {
        RecordingClient client = new RecordingClient();
        TrackingPlan.trackSignupCompleted(client, new SignupCompletedProperties(SignupCompletedSignupMethod.GITHUB, "usr_123"));
        TrackingPlan.trackSignupCompleted(client, new SignupCompletedProperties(SignupCompletedSignupMethod.EMAIL, "usr_456"));
        TrackingPlan.trackSignupCompleted(client, new SignupCompletedProperties(SignupCompletedSignupMethod.GOOGLE, "usr_789"),
                Map.of("ip", "203.0.113.9", "trackboard", Map.of("source", "probe", "contract_version", "v99")));
        System.out.print(ProbeJson.write(client.calls));
    }
}
