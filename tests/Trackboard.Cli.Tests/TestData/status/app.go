package app

import "example.com/app/gen/trackboard"

// TrackProductViewed(client, props) in a comment.
/* trackboard.TrackProductViewed(client, props) */
const raw = `trackboard.TrackProductViewed(client, props)`
const quoted = "trackboard.TrackProductViewed(\"client\")"

func TrackProductViewedLater() {}

func onSignup(client trackboard.Client) error {
	return trackboard.TrackSignupCompleted(client, trackboard.SignupCompletedProperties{}, nil)
}

func onCheckout(client trackboard.Client) {
	_ = trackboard.TrackCheckoutCompleted(client, trackboard.CheckoutCompletedProperties{}, nil)
}
