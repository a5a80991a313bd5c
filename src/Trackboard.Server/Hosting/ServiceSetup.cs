using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Dlq;
using Trackboard.Server.Live;
using Trackboard.Server.Mcp;
using Trackboard.Server.Plans;
using Trackboard.Server.Validation;
using Trackboard.Server.Versions;
using Trackboard.Server.Webhooks;

namespace Trackboard.Server.Hosting;

internal static class ServiceSetup
{
    public static WebApplicationBuilder AddTrackboardServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.Section).ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddSingleton<OptionsValidators>();
        services.AddSingleton<IValidateOptions<ServerOptions>>(sp => sp.GetRequiredService<OptionsValidators>());
        services.AddSingleton<IValidateOptions<DatabaseOptions>>(sp => sp.GetRequiredService<OptionsValidators>());
        services.AddSingleton<IValidateOptions<AuthOptions>>(sp => sp.GetRequiredService<OptionsValidators>());
        services.TryAddTimeProvider();

        // Everything that depends on settings is resolved lazily, so hosts and tests that add configuration late are honoured.
        services.AddSingleton(sp => new DataDirectory(Path.GetFullPath(Path.Combine(
            sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, sp.GetRequiredService<IOptions<ServerOptions>>().Value.DataDirectory))));
        services.AddSingleton(sp => new TokenHasher(TokenHasher.LoadKey(
            sp.GetRequiredService<IOptions<ServerOptions>>().Value.TokenKey, sp.GetRequiredService<DataDirectory>().Path)));
        services.AddDbContext<SqliteTrackboardDbContext>((sp, o) => o.UseSqlite(
            sp.GetRequiredService<IConfiguration>().GetConnectionString("Trackboard")
            ?? $"Data Source={Path.Combine(sp.GetRequiredService<DataDirectory>().Path, "trackboard.db")}")
            .AddInterceptors(sp.GetRequiredService<CacheInvalidator>()));
        services.AddDbContext<PostgresTrackboardDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<IConfiguration>().GetConnectionString("Trackboard"))
            .AddInterceptors(sp.GetRequiredService<CacheInvalidator>()));
        services.AddScoped<TrackboardDbContext>(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseOptions.Postgres
            ? sp.GetRequiredService<PostgresTrackboardDbContext>()
            : sp.GetRequiredService<SqliteTrackboardDbContext>());

        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Extensions.TryAdd("code", Problems.CodeFor(status));
        });
        services.AddExceptionHandler<ApiExceptionHandler>();

        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<DataDirectory, ILoggerFactory>((o, data, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(data.Path, "keys")), logs));
        services.AddAuthentication("Trackboard")
            .AddPolicyScheme("Trackboard", "Bearer or cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? BearerAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieAntiforgery.SessionCookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = c => Status(c.Response, 401),
                    OnRedirectToAccessDenied = c => Status(c.Response, 403),
                    OnValidatePrincipal = CookieSessionCheck.ValidateAsync,
                };
            });
        services.AddAntiforgery(o => o.HeaderName = CookieAntiforgery.HeaderName);
        services.AddScoped<IClaimsTransformation, RoleClaimsTransformation>();
        services.AddAuthorization(Policies.Add);
        services.AddSingleton<PasswordHasher<User>>();
        services.AddScoped<SessionIssuer>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AuthEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.AuthRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

        services.AddHttpContextAccessor();
        services.AddScoped<AuditActor>();
        services.AddSingleton<CodeTargets>();
        services.AddSingleton<CompiledContractCache>();
        services.AddSingleton<ValidationTargets>();
        services.AddSingleton<CredentialCache>();
        services.AddSingleton<CacheInvalidator>();
        services.AddSingleton<ValidationResultWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ValidationResultWriter>());
        services.AddSingleton<PlanReadCache>();
        services.AddHostedService<RetentionService>();
        services.AddHostedService<WebhookDispatcher>();
        services.AddDlq();
        services.AddSingleton<LiveFeed>();
        services.AddSingleton<AiTriage.AiTriageClient>();
        services.AddHostedService<PostgresLiveListener>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddOpenApi();
        services.AddTrackboardMcp();
        return builder;
    }

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.MaxDepth = 64;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
