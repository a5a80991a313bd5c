package negative

import trackboard.generated.SignupCompletedProperties
import trackboard.generated.TrackboardClient
import trackboard.generated.trackSignupCompleted

// An enum property takes the enum, not a string that looks like one of its values.
fun wrongEnumKind(client: TrackboardClient) {
    trackSignupCompleted(client, SignupCompletedProperties("github", "u"))
}
