package main

import "example.com/app/trackboard"

type client struct{}

func (client) Track(event string, properties map[string]any, context map[string]any) error { return nil }

func main() {
	method := "twitter"
	_ = trackboard.TrackSignupCompleted(client{}, trackboard.SignupCompletedProperties{SignupMethod: method, UserId: "usr_123"}, nil)
}
