package __PROBE__;

import __PLAN__.EmptyEventProperties;
import __PLAN__.GroupTraits;
import __PLAN__.IdentifyAddress;
import __PLAN__.IdentifyPlan;
import __PLAN__.IdentifyTraits;
import __PLAN__.LegacyEventProperties;
import __PLAN__.OrderCompletedCart;
import __PLAN__.OrderCompletedCartItemsItem;
import __PLAN__.OrderCompletedCartItemsLabels;
import __PLAN__.OrderCompletedCartItemsOptionsItem;
import __PLAN__.OrderCompletedCurrency;
import __PLAN__.OrderCompletedDiscountRate;
import __PLAN__.OrderCompletedEmptyShape;
import __PLAN__.OrderCompletedGift;
import __PLAN__.OrderCompletedProperties;
import __PLAN__.OrderCompletedTier;
import __PLAN__.PageProperties;
import __PLAN__.PartyStartedProperties;
import __PLAN__.PlannedEventProperties;
import __PLAN__.ReservedWordsKind;
import __PLAN__.ReservedWordsProperties;
import __PLAN__.ScreenProperties;
import __PLAN__.ScreenSection;
import __PLAN__.TrackingPlan;
import __PLAN__._3DViewOpenedProperties;
import java.util.List;
import java.util.Map;
import probejson.ProbeJson;

public final class Probe {
    private Probe() {
    }

    @SuppressWarnings("deprecation") // The plan deprecates legacy_event; the probe still checks its helper.
    public static void main(String[] args) {
        RecordingClient client = new RecordingClient();
        TrackingPlan.identify(client, "usr_1", new IdentifyTraits("ada@example.com")
                .withPlan(IdentifyPlan.TEAM_QUOTED)
                .withAge(42L)
                .withAddress(new IdentifyAddress("1 Main St"))
                .withTags(List.of("beta")));
        TrackingPlan.group(client, "grp_1", new GroupTraits("Acme").withSeats(5L));
        TrackingPlan.page(client, null, new PageProperties("/"));
        TrackingPlan.screen(client, "Settings", new ScreenProperties(ScreenSection.SETTINGS));
        OrderCompletedCartItemsItem item = new OrderCompletedCartItemsItem(1, "S1")
                .withPrice(2.5)
                .withLabels(List.of(OrderCompletedCartItemsLabels.SALE, OrderCompletedCartItemsLabels.NEW))
                .withOptions(List.of(new OrderCompletedCartItemsOptionsItem("size").withValue("L")));
        TrackingPlan.trackOrderCompleted(client,
                new OrderCompletedProperties(new OrderCompletedCart(List.of(item)).withCoupon("SAVE"), 2, "ord_1",
                        OrderCompletedTier.VALUE_MINUS_9223372036854775808, 10, "usr_1")
                        .withCurrency(OrderCompletedCurrency.BACK_SLASH)
                        .withDiscountRate(OrderCompletedDiscountRate.VALUE_2)
                        .withGift(OrderCompletedGift.TRUE)
                        .withExpress(false)
                        .withMetadata(Map.of("source", "probe"))
                        .withRaw(List.of("x", 1L))
                        .withMatrix(List.of(List.of(1L, 2L), List.of(3L)))
                        .withScores(List.of(0.5, 1.0))
                        .withEmptyShape(new OrderCompletedEmptyShape()));
        for (OrderCompletedCurrency currency : OrderCompletedCurrency.values()) {
            TrackingPlan.trackOrderCompleted(client, minimal(OrderCompletedTier.VALUE_1).withCurrency(currency));
        }
        for (OrderCompletedTier tier : OrderCompletedTier.values()) {
            TrackingPlan.trackOrderCompleted(client, minimal(tier));
        }
        for (OrderCompletedDiscountRate rate : OrderCompletedDiscountRate.values()) {
            TrackingPlan.trackOrderCompleted(client, minimal(OrderCompletedTier.VALUE_1).withDiscountRate(rate));
        }
        TrackingPlan.trackReservedWords(client, new ReservedWordsProperties("c")
                .withDefault_("d").withKind(ReservedWordsKind.VALUE).withIn(3L).withIs(true).withProperties("p"));
        TrackingPlan.trackPartyStarted(client, new PartyStartedProperties("Ada").withGuestCount(12L).withDjName("Bo"));
        TrackingPlan.track3DViewOpened(client, new _3DViewOpenedProperties(1.5));
        TrackingPlan.trackLegacyEvent(client, new LegacyEventProperties());
        TrackingPlan.trackPlannedEvent(client, new PlannedEventProperties());
        TrackingPlan.trackEmptyEvent(client, new EmptyEventProperties());
        System.out.print(ProbeJson.write(client.calls));
    }

    private static OrderCompletedProperties minimal(OrderCompletedTier tier) {
        return new OrderCompletedProperties(new OrderCompletedCart(List.of()), 1, "o", tier, 1.5, "u");
    }
}
