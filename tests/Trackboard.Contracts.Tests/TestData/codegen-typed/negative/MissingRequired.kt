package negative

import trackboard.generated.SignupCompletedProperties
import trackboard.generated.SignupCompletedSignupMethod
import trackboard.generated.TrackboardClient
import trackboard.generated.trackSignupCompleted

// user_id is required.
fun missingRequired(client: TrackboardClient) {
    trackSignupCompleted(client, SignupCompletedProperties(signupMethod = SignupCompletedSignupMethod.EMAIL))
}
