using Microsoft.Extensions.Options;

namespace Trackboard.Server.Dlq;

internal static class DlqServices
{
    public static IServiceCollection AddDlq(this IServiceCollection services)
    {
        services.AddOptions<DlqOptions>().BindConfiguration(DlqOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DlqOptions>, DlqOptionsValidator>();
        services.AddHostedService<DlqMaintenanceService>();
        return services;
    }
}
