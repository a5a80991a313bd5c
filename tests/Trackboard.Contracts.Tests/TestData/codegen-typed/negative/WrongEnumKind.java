package negative;

import trackboard.generated.SignupCompletedProperties;
import trackboard.generated.TrackboardClient;
import trackboard.generated.TrackingPlan;

final class WrongEnumKind {
    private WrongEnumKind() {
    }

    // An enum property takes the enum, not a string that looks like one of its values.
    static void run(TrackboardClient client) {
        TrackingPlan.trackSignupCompleted(client, new SignupCompletedProperties("github", "u"));
    }
}
