using System;
using System.Collections.Generic;
using Trackboard.Generated;

public static class Probe
{
    public static List<object?> Run()
    {
        var client = new RecordingClient();
        client.Identify("usr_1", new IdentifyTraits
        {
            Email = "ada@example.com",
            Plan = IdentifyPlan.TeamQuoted,
            Age = 42,
            Address = new IdentifyAddress { Street = "1 Main St" },
            Tags = new[] { "beta" },
        });
        client.Group("grp_1", new GroupTraits { Name = "Acme", Seats = 5 });
        client.Page(null, new PageProperties { Path = "/" });
        client.Screen("Settings", new ScreenProperties { Section = ScreenSection.Settings });
        client.TrackOrderCompleted(new OrderCompletedProperties
        {
            UserId = "usr_1",
            OrderId = "ord_1",
            Total = 10,
            ItemCount = 2,
            Tier = OrderCompletedTier.ValueMinus9223372036854775808,
            Currency = OrderCompletedCurrency.BackSlash,
            DiscountRate = OrderCompletedDiscountRate.Value2,
            Gift = OrderCompletedGift.True,
            Express = false,
            Cart = new OrderCompletedCart
            {
                Items = new[]
                {
                    new OrderCompletedCartItemsItem
                    {
                        Sku = "S1",
                        Quantity = 1,
                        Price = 2.5,
                        Labels = new[] { OrderCompletedCartItemsLabels.Sale, OrderCompletedCartItemsLabels.New },
                        Options = new[] { new OrderCompletedCartItemsOptionsItem { Name = "size", Value = "L" } },
                    },
                },
                Coupon = "SAVE",
            },
            Metadata = new Dictionary<string, object?> { ["source"] = "probe" },
            Raw = new object?[] { "x", 1L },
            Matrix = new[] { new long[] { 1, 2 }, new long[] { 3 } },
            Scores = new[] { 0.5, 1.0 },
            EmptyShape = new OrderCompletedEmptyShape(),
        });
        foreach (var currency in Enum.GetValues<OrderCompletedCurrency>())
        {
            client.TrackOrderCompleted(Minimal(OrderCompletedTier.Value1) with { Currency = currency });
        }

        foreach (var tier in Enum.GetValues<OrderCompletedTier>())
        {
            client.TrackOrderCompleted(Minimal(tier));
        }

        foreach (var rate in Enum.GetValues<OrderCompletedDiscountRate>())
        {
            client.TrackOrderCompleted(Minimal(OrderCompletedTier.Value1) with { DiscountRate = rate });
        }

        client.TrackReservedWords(new ReservedWordsProperties { Class = "c", Default = "d", Kind = ReservedWordsKind.Value, In = 3, Is = true, Properties = "p" });
        client.TrackPartyStarted(new PartyStartedProperties { _1StPlace = "Ada", GuestCount = 12, DjName = "Bo" });
        client.Track3DViewOpened(new _3DViewOpenedProperties { ZoomLevel = 1.5 });
#pragma warning disable CS0618 // The plan deprecates legacy_event; the probe still checks its helper.
        client.TrackLegacyEvent(new LegacyEventProperties());
#pragma warning restore CS0618
        client.TrackPlannedEvent(new PlannedEventProperties());
        client.TrackEmptyEvent(new EmptyEventProperties());
        return client.Calls;
    }

    private static OrderCompletedProperties Minimal(OrderCompletedTier tier) => new()
    {
        UserId = "u",
        OrderId = "o",
        Total = 1.5,
        ItemCount = 1,
        Tier = tier,
        Cart = new OrderCompletedCart { Items = Array.Empty<OrderCompletedCartItemsItem>() },
    };
}
