package __PROBE__

import __PLAN__.CheckoutCompletedCart
import __PLAN__.CheckoutCompletedCartItemsItem
import __PLAN__.CheckoutCompletedCurrency
import __PLAN__.CheckoutCompletedProperties
import __PLAN__.IdentifyPlan
import __PLAN__.IdentifyTraits
import __PLAN__.PageProperties
import __PLAN__.ProductViewedProperties
import __PLAN__.TrackboardClient
import __PLAN__.identify
import __PLAN__.page
import __PLAN__.trackCheckoutCompleted
import __PLAN__.trackProductViewed
import probejson.ProbeJson

class RecordingClient : TrackboardClient {
    val calls = mutableListOf<Any?>()

    override fun track(event: String, properties: Map<String, Any?>, context: Map<String, Any?>) {
        calls.add(ProbeJson.call("track", "event", event, "properties", properties, context))
    }

    override fun identify(userId: String, traits: Map<String, Any?>, context: Map<String, Any?>) {
        calls.add(ProbeJson.call("identify", "userId", userId, "traits", traits, context))
    }

    override fun page(name: String?, properties: Map<String, Any?>, context: Map<String, Any?>) {
        calls.add(ProbeJson.call("page", "name", name, "properties", properties, context))
    }
}

fun main() {
    val client = RecordingClient()
    val cart = CheckoutCompletedCart(listOf(
        CheckoutCompletedCartItemsItem(quantity = 2, sku = "SKU-1", price = 19.95),
        CheckoutCompletedCartItemsItem(quantity = 1, sku = "SKU-2")))
    trackCheckoutCompleted(client, CheckoutCompletedProperties(cart, "ord_7x2c9", 59.9, "usr_8f2k1", currency = CheckoutCompletedCurrency.EUR))
    trackProductViewed(client, ProductViewedProperties("3f8a2c1e-5b7d-4e90-a1c2-6d8e9f0a1b2c", position = 3, tags = listOf("new", "sale")))
    identify(client, "usr_8f2k1", IdentifyTraits(plan = IdentifyPlan.ENTERPRISE))
    page(client, "Pricing", PageProperties("/pricing"))
    print(ProbeJson.write(client.calls))
}
