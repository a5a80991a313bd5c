package main

import (
	"encoding/json"
	"fmt"

	"example.com/app/trackboard"
)

type printingClient struct{}

func (printingClient) Track(event string, properties map[string]any, context map[string]any) error {
	line, err := json.Marshal(map[string]any{"event": event, "properties": properties, "context": context})
	if err != nil {
		return err
	}
	fmt.Println(string(line))
	return nil
}

func main() {
	err := trackboard.TrackSignupCompleted(printingClient{}, trackboard.SignupCompletedProperties{
		SignupMethod: trackboard.SignupCompletedSignupMethodGoogle,
		UserId:       "usr_123",
	}, map[string]any{"app": map[string]any{"version": "1.2.3"}})
	if err != nil {
		panic(err)
	}
}
