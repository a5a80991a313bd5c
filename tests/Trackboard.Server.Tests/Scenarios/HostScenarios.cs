using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

public static class HostScenarios
{
    public static async Task Health_LiveAndReady_Healthy(ServerFixture f)
    {
        var client = f.Client();

        var live = await client.Get("/health/live");
        var ready = await client.Get("/health/ready");

        Assert.Equal(200, live.Code);
        Assert.Equal(200, ready.Code);
        Assert.Equal("Healthy", ready.Text);
    }

    public static async Task OpenApi_Document_ListsApiPaths(ServerFixture f)
    {
        var client = f.Client();

        var document = await client.Get("/openapi/v1.json");
        var docs = await client.Get("/docs");

        Assert.Equal(200, document.Code);
        Assert.NotNull(document.Json["paths"]!["/api/v1/plans/{id}/publish"]);
        Assert.NotNull(document.Json["paths"]!["/api/v1/auth/register"]);
        Assert.Equal(200, docs.Code);
    }

    public static async Task UnknownRoute_Get_ProblemWithCode(ServerFixture f)
    {
        var client = f.Client();

        var response = await client.Get("/api/v1/nothing-here");

        Assert.Equal(404, response.Code);
        Assert.Equal("not_found", response.ProblemCode);
    }
}
