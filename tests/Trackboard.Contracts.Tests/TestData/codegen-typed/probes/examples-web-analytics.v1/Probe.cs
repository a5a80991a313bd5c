using System.Collections.Generic;
using Trackboard.Generated;

public static class Probe
{
    public static List<object?> Run()
    {
        var client = new RecordingClient();
        client.TrackCheckoutCompleted(new CheckoutCompletedProperties
        {
            OrderId = "ord_7x2c9",
            Total = 59.9,
            Currency = CheckoutCompletedCurrency.Eur,
            UserId = "usr_8f2k1",
            Cart = new CheckoutCompletedCart
            {
                Items = new[]
                {
                    new CheckoutCompletedCartItemsItem { Sku = "SKU-1", Quantity = 2, Price = 19.95 },
                    new CheckoutCompletedCartItemsItem { Sku = "SKU-2", Quantity = 1 },
                },
            },
        });
        client.TrackProductViewed(new ProductViewedProperties { ProductId = "3f8a2c1e-5b7d-4e90-a1c2-6d8e9f0a1b2c", Position = 3, Tags = new[] { "new", "sale" } });
        client.Identify("usr_8f2k1", new IdentifyTraits { Plan = IdentifyPlan.Enterprise });
        client.Page("Pricing", new PageProperties { Path = "/pricing" });
        return client.Calls;
    }
}
