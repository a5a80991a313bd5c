import { trackSignupCompleted, type TrackboardClient, type TrackboardContext, type TrackboardProperties } from "./trackboard";

export const sent: Array<{ event: string; properties: TrackboardProperties; context: TrackboardContext }> = [];

const client: TrackboardClient = {
  track(event, properties, context) {
    sent.push({ event, properties, context });
  },
};

trackSignupCompleted(client, { signup_method: "google", user_id: "usr_123" }, { app: { version: "1.2.3" } });
