using System.Net;
using Trackboard.Server.Webhooks;

namespace Trackboard.Server.Tests;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:9/hook")]
    [InlineData("http://10.0.0.1/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]:9/hook")]
    [InlineData("http://localhost:9/hook")]
    [InlineData("http://192.168.1.1/hook")]
    [InlineData("http://[::ffff:127.0.0.1]:9/hook")]
    public async Task Send_PrivateOrLoopbackTarget_RefusedBeforeConnecting(string url)
    {
        using var client = new HttpClient(AddressGuard.CreateHandler(allowPrivate: false));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(url, new StringContent("{}")));

        Assert.IsType<WebhookTargetBlockedException>(error.InnerException);
    }

    [Theory]
    [InlineData("93.184.215.14", false)]
    [InlineData("2606:4700::1111", false)]
    [InlineData("172.16.0.1", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("0.0.0.0", true)]
    public void IsBlocked_Address_Classified(string address, bool blocked)
    {
        Assert.Equal(blocked, AddressGuard.IsBlocked(IPAddress.Parse(address)));
    }
}
