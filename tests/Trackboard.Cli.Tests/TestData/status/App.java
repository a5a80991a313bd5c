package app;

import trackboard.generated.TrackingPlan;
import trackboard.generated.TrackboardClient;

final class App {
    // TrackingPlan.trackProductViewed(client, props) in a comment
    /* TrackingPlan.trackProductViewed(client, props) */
    static final String TEXT = """
        TrackingPlan.trackProductViewed(client, props) in a text block, with a quote " inside
        """;
    static final String QUOTED = "TrackingPlan.trackProductViewed(\"client\")";
    static final char QUOTE = '"';

    static void trackProductViewed(String notTheHelper) {
    }

    static void onSignup(TrackboardClient client) {
        TrackingPlan.trackSignupCompleted(client, null);
    }

    static void onCheckout(TrackboardClient client) {
        if (client != null) TrackingPlan.trackCheckoutCompleted(client, null);
    }
}
