package __PROBE__

import __PLAN__.SignupCompletedProperties
import __PLAN__.SignupCompletedSignupMethod
import __PLAN__.TrackboardClient
import __PLAN__.trackSignupCompleted
import probejson.ProbeJson

class RecordingClient : TrackboardClient {
    val calls = mutableListOf<Any?>()

    override fun track(event: String, properties: Map<String, Any?>, context: Map<String, Any?>) {
        calls.add(ProbeJson.call("track", "event", event, "properties", properties, context))
    }
}

fun main() {
    val client = RecordingClient()
    trackSignupCompleted(client, SignupCompletedProperties(SignupCompletedSignupMethod.GITHUB, "usr_123"))
    trackSignupCompleted(client, SignupCompletedProperties(signupMethod = SignupCompletedSignupMethod.EMAIL, userId = "usr_456"))
    trackSignupCompleted(client, SignupCompletedProperties(SignupCompletedSignupMethod.GOOGLE, "usr_789"),
        mapOf("ip" to "203.0.113.9", "trackboard" to mapOf("source" to "probe", "contract_version" to "v99")))
    print(ProbeJson.write(client.calls))
}
