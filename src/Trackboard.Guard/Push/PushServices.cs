namespace Trackboard.Guard.Push;

internal static class PushServices
{
    /// <summary>Registers the push to the Server: ingest counts into <see cref="EventCounts"/>; two background services send.</summary>
    public static IServiceCollection AddPush(this IServiceCollection services)
    {
        services.AddSingleton<EventCounts>();
        services.AddSingleton<PushStore>();
        services.AddSingleton<PushClient>();
        services.AddHostedService<DlqPusher>();
        services.AddHostedService<CountsPusher>();
        return services;
    }
}
