using Trackboard.Server.Dlq;

namespace Trackboard.Server.Tests.Dlq;

public sealed class SensitiveKeysTests
{
    [Theory]
    [InlineData("user_email", "email")]
    [InlineData("userEmail", "email")]
    [InlineData("UserEMail", "email")]
    [InlineData("useremail", "email")]
    [InlineData("email_address", "email")]
    [InlineData("ip_address", "ip")]
    [InlineData("ipAddress", "ip")]
    [InlineData("IPAddress", "ip")]
    [InlineData("ip", "ip")]
    [InlineData("authToken", "token")]
    [InlineData("auth_token", "token")]
    [InlineData("access-token", "token")]
    [InlineData("api_key", "token")]
    [InlineData("apiKey", "token")]
    [InlineData("x-api-key", "token")]
    [InlineData("Authorization", "token")]
    [InlineData("jwt", "token")]
    [InlineData("password", "secret")]
    [InlineData("client_secret", "secret")]
    [InlineData("phone_number", "phone")]
    [InlineData("mobilePhone", "phone")]
    [InlineData("userId", "id")]
    [InlineData("user_id", "id")]
    [InlineData("anonymousId", "id")]
    [InlineData("deviceid", "id")]
    [InlineData("order_uuid", "id")]
    [InlineData("ssn", "id")]
    public void Classify_SensitiveName_Reason(string key, string reason)
    {
        var result = SensitiveKeys.Classify(key);

        Assert.Equal(reason, result);
    }

    [Theory]
    [InlineData("signup_method")]
    [InlineData("shipping_zip")]
    [InlineData("paid")]
    [InlineData("android_version")]
    [InlineData("valid")]
    [InlineData("description")]
    [InlineData("tip_amount")]
    [InlineData("identity_provider")]
    [InlineData("")]
    public void Classify_OrdinaryName_Null(string key)
    {
        var result = SensitiveKeys.Classify(key);

        Assert.Null(result);
    }

    [Fact]
    public void Words_MixedCase_SplitAtHumpsAndSeparators()
    {
        var words = SensitiveKeys.Words("myIPAddress_v2-value");

        Assert.Equal(["my", "ip", "address", "v2", "value"], words);
    }
}
