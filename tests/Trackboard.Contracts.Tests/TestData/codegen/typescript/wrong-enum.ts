import { trackSignupCompleted, type TrackboardClient } from "./trackboard";

const client: TrackboardClient = { track() {} };

trackSignupCompleted(client, { signup_method: "twitter", user_id: "usr_123" });
