package main

import "example.com/app/trackboard"

type client struct{}

func (client) Track(event string, properties map[string]any, context map[string]any) error { return nil }

func main() {
	_ = trackboard.TrackSignupCompleted(client{}, trackboard.SignupCompletedProperties{SignupMethod: trackboard.SignupCompletedSignupMethodEmail, UserId: 42}, nil)
}
