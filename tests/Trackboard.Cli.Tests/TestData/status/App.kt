package app

import trackboard.generated.TrackboardClient
import trackboard.generated.trackCheckoutCompleted
import trackboard.generated.trackSignupCompleted

// trackProductViewed(client, props) in a comment
/* outer /* trackProductViewed(client) nested */ trackProductViewed(client) still a comment */
const val RAW = """trackProductViewed(client)\"""
const val TEMPLATE = "value: ${"trackProductViewed(client)"} and trackProductViewed(x)"

fun trackProductViewedLater() {}

fun onSignup(client: TrackboardClient) {
    trackSignupCompleted(client, TODO())
}

fun onCheckout(client: TrackboardClient): String = "sent ${trackCheckoutCompleted(client, TODO())}"
