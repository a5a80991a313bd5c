package __PROBE__

import __PLAN__.EmptyEventProperties
import __PLAN__.GroupTraits
import __PLAN__.IdentifyAddress
import __PLAN__.IdentifyPlan
import __PLAN__.IdentifyTraits
import __PLAN__.LegacyEventProperties
import __PLAN__.OrderCompletedCart
import __PLAN__.OrderCompletedCartItemsItem
import __PLAN__.OrderCompletedCartItemsLabels
import __PLAN__.OrderCompletedCartItemsOptionsItem
import __PLAN__.OrderCompletedCurrency
import __PLAN__.OrderCompletedDiscountRate
import __PLAN__.OrderCompletedEmptyShape
import __PLAN__.OrderCompletedGift
import __PLAN__.OrderCompletedProperties
import __PLAN__.OrderCompletedTier
import __PLAN__.PageProperties
import __PLAN__.PartyStartedProperties
import __PLAN__.PlannedEventProperties
import __PLAN__.ReservedWordsKind
import __PLAN__.ReservedWordsProperties
import __PLAN__.ScreenProperties
import __PLAN__.ScreenSection
import __PLAN__.TrackboardClient
import __PLAN__._3DViewOpenedProperties
import __PLAN__.group
import __PLAN__.identify
import __PLAN__.page
import __PLAN__.screen
import __PLAN__.track3DViewOpened
import __PLAN__.trackEmptyEvent
import __PLAN__.trackLegacyEvent
import __PLAN__.trackOrderCompleted
import __PLAN__.trackPartyStarted
import __PLAN__.trackPlannedEvent
import __PLAN__.trackReservedWords
import probejson.ProbeJson

class RecordingClient : TrackboardClient {
    val calls = mutableListOf<Any?>()

    override fun track(event: String, properties: Map<String, Any?>, context: Map<String, Any?>) {
        calls.add(ProbeJson.call("track", "event", event, "properties", properties, context))
    }

    override fun identify(userId: String, traits: Map<String, Any?>, context: Map<String, Any?>) {
        calls.add(ProbeJson.call("identify", "userId", userId, "traits", traits, context))
    }

    override fun group(groupId: String, traits: Map<String, Any?>, context: Map<String, Any?>) {
        calls.add(ProbeJson.call("group", "groupId", groupId, "traits", traits, context))
    }

    override fun page(name: String?, properties: Map<String, Any?>, context: Map<String, Any?>) {
        calls.add(ProbeJson.call("page", "name", name, "properties", properties, context))
    }

    override fun screen(name: String, properties: Map<String, Any?>, context: Map<String, Any?>) {
        calls.add(ProbeJson.call("screen", "name", name, "properties", properties, context))
    }
}

fun minimal(tier: OrderCompletedTier) = OrderCompletedProperties(OrderCompletedCart(emptyList()), 1, "o", tier, 1.5, "u")

@Suppress("DEPRECATION") // The plan deprecates legacy_event; the probe still checks its helper.
fun main() {
    val client = RecordingClient()
    identify(client, "usr_1", IdentifyTraits(
        email = "ada@example.com",
        plan = IdentifyPlan.TEAM_QUOTED,
        age = 42,
        address = IdentifyAddress(street = "1 Main St"),
        tags = listOf("beta")))
    group(client, "grp_1", GroupTraits("Acme", seats = 5))
    page(client, null, PageProperties("/"))
    screen(client, "Settings", ScreenProperties(ScreenSection.SETTINGS))
    val item = OrderCompletedCartItemsItem(
        quantity = 1,
        sku = "S1",
        price = 2.5,
        labels = listOf(OrderCompletedCartItemsLabels.SALE, OrderCompletedCartItemsLabels.NEW),
        options = listOf(OrderCompletedCartItemsOptionsItem("size", value = "L")))
    trackOrderCompleted(client, OrderCompletedProperties(
        cart = OrderCompletedCart(listOf(item), coupon = "SAVE"),
        itemCount = 2,
        orderId = "ord_1",
        tier = OrderCompletedTier.VALUE_MINUS_9223372036854775808,
        total = 10.0,
        userId = "usr_1",
        currency = OrderCompletedCurrency.BACK_SLASH,
        discountRate = OrderCompletedDiscountRate.VALUE_2,
        gift = OrderCompletedGift.TRUE,
        express = false,
        metadata = mapOf("source" to "probe"),
        raw = listOf("x", 1L),
        matrix = listOf(listOf(1L, 2L), listOf(3L)),
        scores = listOf(0.5, 1.0),
        emptyShape = OrderCompletedEmptyShape()))
    for (currency in OrderCompletedCurrency.values()) {
        trackOrderCompleted(client, minimal(OrderCompletedTier.VALUE_1).copy(currency = currency))
    }
    for (tier in OrderCompletedTier.values()) {
        trackOrderCompleted(client, minimal(tier))
    }
    for (rate in OrderCompletedDiscountRate.values()) {
        trackOrderCompleted(client, minimal(OrderCompletedTier.VALUE_1).copy(discountRate = rate))
    }
    trackReservedWords(client, ReservedWordsProperties(`class` = "c", default = "d", kind = ReservedWordsKind.VALUE, `in` = 3, `is` = true, properties = "p"))
    trackPartyStarted(client, PartyStartedProperties("Ada", guestCount = 12, djName = "Bo"))
    track3DViewOpened(client, _3DViewOpenedProperties(1.5))
    trackLegacyEvent(client, LegacyEventProperties())
    trackPlannedEvent(client, PlannedEventProperties())
    trackEmptyEvent(client, EmptyEventProperties())
    print(ProbeJson.write(client.calls))
}
