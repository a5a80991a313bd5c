import { trackSignupCompleted } from "./trackboard.js";

/** @type {import("./trackboard.js").TrackboardClient} */
const client = { track() {} };

trackSignupCompleted(client, { signup_method: "twitter", user_id: "usr_123" });
