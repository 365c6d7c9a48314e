using GpuCloud.Emulator.Routes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GpuCloud.Emulator;

/// <summary>Builds the emulator's web application; used by both Program (standalone) and <see cref="EmulatorHost"/>.</summary>
public static class EmulatorApp
{
    /// <summary>
    /// Command-line settings (<c>--Seed 7</c>, <c>--Faults:LatencyMs 50</c>, ...) are bound onto <paramref name="options"/>;
    /// the same instance is then read on every request, so changing it later takes effect at once.
    /// </summary>
    public static WebApplication Build(string[] args, EmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        new ConfigurationBuilder().AddCommandLine(args).Build().Bind(options);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(EmulatorApp).Assembly.GetName().Name,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Error);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var runtime = new EmulatorRuntime(options, TimeProvider.System);
        builder.Services.AddSingleton(runtime);

        var app = builder.Build();
        app.UseMiddleware<ErrorBoundaryMiddleware>();
        app.UseRouting();
        app.UseMiddleware<FaultMiddleware>(runtime);

        new PpioRoutes(runtime).Map(app);
        new ScnetRoutes(runtime).Map(app);
        new ModelArtsRoutes(runtime).Map(app);
        new AdminRoutes(runtime).Map(app);
        app.MapFallback(ProviderErrors.NotFoundAsync);
        return app;
    }

    /// <summary>The runtime services of an app built by <see cref="Build"/>.</summary>
    internal static EmulatorRuntime RuntimeOf(WebApplication app) => app.Services.GetRequiredService<EmulatorRuntime>();

    /// <summary>Addresses the started server listens on, e.g. http://127.0.0.1:41234.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];

    /// <summary>Issues a SCNet cluster token (clusterId 11112) valid for <paramref name="lifetime"/> (default: the configured lifetime).</summary>
    public static string IssueScnetToken(WebApplication app, TimeSpan? lifetime = null) =>
        RuntimeOf(app).ScnetTokens.Issue(Auth.ScnetCluster.Kunshan.Id, lifetime);
}
