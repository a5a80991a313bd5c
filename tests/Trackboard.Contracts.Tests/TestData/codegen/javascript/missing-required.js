import { trackSignupCompleted } from "./trackboard.js";

/** @type {import("./trackboard.js").TrackboardClient} */
const client = { track() {} };

trackSignupCompleted(client, { signup_method: "google" });
