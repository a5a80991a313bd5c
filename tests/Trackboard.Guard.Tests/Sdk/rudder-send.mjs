// Sends events to Guard with the real @rudderstack/rudder-sdk-node (gzip bodies). Args: host writeKey count
import { createRequire } from 'node:module';
const require = createRequire(process.env.TRACKBOARD_TOOLS + '/package.json');
const Analytics = require('@rudderstack/rudder-sdk-node');

const [host, writeKey, count] = process.argv.slice(2);
const client = new Analytics(writeKey, { dataPlaneUrl: host, flushAt: 10, flushInterval: 100, maxInternalQueueSize: 10000 });
for (let i = 0; i < Number(count); i++) {
  client.track({ userId: 'usr_1', event: 'signup_completed', properties: { user_id: 'usr_1', signup_method: 'github' } });
}
client.track({ userId: 'usr_1', event: 'not_in_the_plan', properties: {} });
await new Promise((resolve, reject) => client.flush((err) => (err ? reject(err) : resolve())));
