import { trackSignupCompleted } from "./trackboard.js";

/** @type {import("./trackboard.js").TrackboardClient} */
const client = {
  track(event, properties, context) {
    console.log(JSON.stringify({ event, properties, context }));
  },
};

trackSignupCompleted(client, { signup_method: "google", user_id: "usr_123" }, { app: { version: "1.2.3" } });
