using System.Net.Http.Headers;
using System.Text.Json;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Emulator;

/// <summary>
/// An in-process emulator on an ephemeral loopback port plus an HttpClient pointed at it.
/// Use as an xunit class fixture (<c>IClassFixture&lt;EmulatorFixture&gt;</c>) for read-only tests, or
/// <c>await using var emulator = await EmulatorFixture.StartAsync(options)</c> for a private one whose options a test changes.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime, IAsyncDisposable
{
    private readonly EmulatorOptions? _options;

    public EmulatorFixture()
    {
    }

    private EmulatorFixture(EmulatorOptions options) => _options = options;

    public EmulatorHost Host { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public EmulatorOptions Options => Host.Options;

    public static async Task<EmulatorFixture> StartAsync(EmulatorOptions? options = null)
    {
        var fixture = new EmulatorFixture(options ?? new EmulatorOptions());
        await fixture.InitializeAsync();
        return fixture;
    }

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync(_options ?? new EmulatorOptions());
        Client = new HttpClient { BaseAddress = Host.BaseUri, Timeout = TimeSpan.FromSeconds(15) };
    }

    /// <summary>GET with the PPIO bearer key (or the given key; null sends no Authorization header).</summary>
    public Task<HttpResponseMessage> PpioGetAsync(string pathAndQuery, string? apiKey = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey.Length == 0 ? Options.PpioApiKey : apiKey);
        }
        return Client.SendAsync(request);
    }

    /// <summary>GET with an SCNet <c>token</c> header (none when null).</summary>
    public Task<HttpResponseMessage> ScnetGetAsync(string pathAndQuery, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("token", token);
        }
        return Client.SendAsync(request);
    }

    /// <summary>GET with an IAM token issued by the emulator.</summary>
    public Task<HttpResponseMessage> ModelArtsGetAsync(string query = "", string? projectId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/{projectId ?? Options.HuaweiProjectId}/dev-servers/hyperinstance{query}");
        request.Headers.TryAddWithoutValidation("X-Auth-Token", Host.IssueIamToken());
        return Client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
