package negative;

import trackboard.generated.SignupCompletedProperties;
import trackboard.generated.SignupCompletedSignupMethod;
import trackboard.generated.TrackboardClient;
import trackboard.generated.TrackingPlan;

final class WrongEnumValue {
    private WrongEnumValue() {
    }

    // signup_method allows email, google and github only.
    static void run(TrackboardClient client) {
        TrackingPlan.trackSignupCompleted(client, new SignupCompletedProperties(SignupCompletedSignupMethod.FACEBOOK, "u"));
    }
}
