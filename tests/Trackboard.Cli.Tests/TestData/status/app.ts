import { trackCheckoutCompleted, trackSignupCompleted, type TrackboardClient } from "./gen/trackboard";

// Decoys: trackProductViewed(client, { product_id: "p" }) in a line comment,
/* trackProductViewed(client, {}) in a block comment, */
const message = "trackProductViewed(client, {})";
const single = 'trackProductViewed(client)';
const template = `later: trackProductViewed(client, {}) ${"}"} still text trackProductViewed(x)`;
function trackProductViewedLater(): void {}
export function localWrapper(trackProductViewed: unknown): unknown { return trackProductViewed; }

export function onSignup(client: TrackboardClient): void {
  trackSignupCompleted(client, { signup_method: "email", user_id: "u1" });
}

export function onCheckout(client: TrackboardClient): string {
  return `sent ${trackCheckoutCompleted(client, { order_id: "o", total: 1, currency: "EUR", cart: { items: [] } } as never)}`;
}
