package negative;

import trackboard.generated.SignupCompletedProperties;
import trackboard.generated.SignupCompletedSignupMethod;
import trackboard.generated.TrackboardClient;
import trackboard.generated.TrackingPlan;

final class MissingRequired {
    private MissingRequired() {
    }

    // user_id is required.
    static void run(TrackboardClient client) {
        TrackingPlan.trackSignupCompleted(client, new SignupCompletedProperties(SignupCompletedSignupMethod.EMAIL));
    }
}
