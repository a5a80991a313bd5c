package __PROBE__;

import __PLAN__.CheckoutCompletedCart;
import __PLAN__.CheckoutCompletedCartItemsItem;
import __PLAN__.CheckoutCompletedCurrency;
import __PLAN__.CheckoutCompletedProperties;
import __PLAN__.IdentifyPlan;
import __PLAN__.IdentifyTraits;
import __PLAN__.PageProperties;
import __PLAN__.ProductViewedProperties;
import __PLAN__.TrackingPlan;
import java.util.List;
import probejson.ProbeJson;

public final class Probe {
    private Probe() {
    }

    public static void main(String[] args) {
        RecordingClient client = new RecordingClient();
        CheckoutCompletedCart cart = new CheckoutCompletedCart(List.of(
                new CheckoutCompletedCartItemsItem(2, "SKU-1").withPrice(19.95),
                new CheckoutCompletedCartItemsItem(1, "SKU-2")));
        TrackingPlan.trackCheckoutCompleted(client,
                new CheckoutCompletedProperties(cart, "ord_7x2c9", 59.9, "usr_8f2k1").withCurrency(CheckoutCompletedCurrency.EUR));
        TrackingPlan.trackProductViewed(client,
                new ProductViewedProperties("3f8a2c1e-5b7d-4e90-a1c2-6d8e9f0a1b2c").withPosition(3L).withTags(List.of("new", "sale")));
        TrackingPlan.identify(client, "usr_8f2k1", new IdentifyTraits().withPlan(IdentifyPlan.ENTERPRISE));
        TrackingPlan.page(client, "Pricing", new PageProperties("/pricing"));
        System.out.print(ProbeJson.write(client.calls));
    }
}
