using GpuCloud.Emulator.Auth;

namespace GpuCloud.Emulator;

/// <summary>The emulator hosted in-process on an ephemeral loopback port (for tests).</summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorRuntime _runtime;

    private EmulatorHost(WebApplication app, Uri baseUri)
    {
        _app = app;
        _runtime = EmulatorApp.RuntimeOf(app);
        BaseUri = baseUri;
    }

    /// <summary>Root shared by all providers, with a trailing slash, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUri { get; }

    /// <summary>Live options: changes take effect on the next request.</summary>
    public EmulatorOptions Options => _runtime.Options;

    public FaultCounters Counters => _runtime.Counters;

    public EmulatorState State => _runtime.State;

    /// <summary>The SCNet AI service base URL as <c>/ac/openapi/v2/center</c> reports it (ends in /ai).</summary>
    public Uri ScnetAiBaseUri => new(BaseUri, "ai");

    public static async Task<EmulatorHost> StartAsync(EmulatorOptions? options = null)
    {
        var app = EmulatorApp.Build(["--urls", "http://127.0.0.1:0"], options ?? new EmulatorOptions());
        await app.StartAsync();
        var address = EmulatorApp.Addresses(app).First();
        return new EmulatorHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>A valid SCNet cluster token (clusterId 11112); a negative lifetime gives an already expired one.</summary>
    public string IssueScnetToken(TimeSpan? lifetime = null) => _runtime.ScnetTokens.Issue(ScnetCluster.Kunshan.Id, lifetime);

    /// <summary>A valid SCNet platform token (clusterId "0"), which the AI routes reject.</summary>
    public string IssueScnetPlatformToken(TimeSpan? lifetime = null) => _runtime.ScnetTokens.Issue(ScnetCluster.Platform.Id, lifetime);

    /// <summary>A valid IAM token for X-Auth-Token.</summary>
    public string IssueIamToken() => _runtime.IamTokens.Issue().Token;

    /// <summary>Every SCNet and IAM token issued so far is expired from now on.</summary>
    public void ExpireAllTokens() => _runtime.ExpireAllTokens();

    public IReadOnlyList<string> CurrentIds(Listing which) => State.CurrentIds(which);

    /// <summary>Clears faults and counters and rebuilds the data from the seed.</summary>
    public void Reset()
    {
        _runtime.Faults.Reset();
        _runtime.State.Rebuild();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
