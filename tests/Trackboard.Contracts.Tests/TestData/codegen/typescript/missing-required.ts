import { trackSignupCompleted, type TrackboardClient } from "./trackboard";

const client: TrackboardClient = { track() {} };

trackSignupCompleted(client, { signup_method: "google" });
