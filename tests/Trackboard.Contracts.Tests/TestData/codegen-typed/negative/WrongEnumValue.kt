package negative

import trackboard.generated.SignupCompletedProperties
import trackboard.generated.SignupCompletedSignupMethod
import trackboard.generated.TrackboardClient
import trackboard.generated.trackSignupCompleted

// signup_method allows email, google and github only.
fun wrongEnumValue(client: TrackboardClient) {
    trackSignupCompleted(client, SignupCompletedProperties(SignupCompletedSignupMethod.FACEBOOK, "u"))
}
