// Sends events to Guard with the real @segment/analytics-node. Args: host writeKey count
import { createRequire } from 'node:module';
const require = createRequire(process.env.TRACKBOARD_TOOLS + '/package.json');
const { Analytics } = require('@segment/analytics-node');

const [host, writeKey, count] = process.argv.slice(2);
const analytics = new Analytics({ writeKey, host, maxEventsInBatch: 15, flushInterval: 100, maxRetries: 2 });
const failures = [];
analytics.on('error', (e) => failures.push(String(e?.reason ?? e?.code ?? e)));
for (let i = 0; i < Number(count); i++) {
  analytics.track({ userId: 'usr_1', event: 'signup_completed', properties: { user_id: 'usr_1', signup_method: 'google', n: undefined } });
}
analytics.track({ anonymousId: 'anon_1', event: 'signup_completed', properties: { user_id: 'usr_1', signup_method: 'twitter' } });
analytics.identify({ userId: 'usr_1', traits: { plan: 'pro' } });
await analytics.closeAndFlush({ timeout: 20000 });
if (failures.length) { console.error('errors: ' + failures.join('; ')); process.exit(1); }
