using Trackboard.Generated;

namespace App;

internal static class Handlers
{
    // client.TrackProductViewed(properties) in a comment
    /* client.TrackProductViewed(properties) */
    private const string Quoted = "client.TrackProductViewed(properties)";
    private const string Verbatim = @"client.TrackProductViewed(""properties"")";
    private const string Raw = """
        client.TrackProductViewed(properties)
        """;

    private static void TrackProductViewed(string notTheHelper)
    {
    }

    public static void OnSignup(ITrackboardClient client) =>
        client.TrackSignupCompleted(new SignupCompletedProperties());

    public static string OnCheckout(ITrackboardClient? client)
    {
        client?.TrackCheckoutCompleted(new CheckoutCompletedProperties());
        return $"{nameof(Handlers)} {Quoted}";
    }
}
