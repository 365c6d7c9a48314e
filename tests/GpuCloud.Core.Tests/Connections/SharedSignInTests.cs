using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Connections;

/// <summary>An SCNet sign-in from the environment is shared by the commands of one process (runspaces, ForEach-Object -Parallel).</summary>
public sealed class SharedSignInTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await EmulatorHost.StartAsync(new EmulatorOptions { Items = 5 });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ConnectionSources FromEnvironment()
    {
        var variables = new Dictionary<string, string>
        {
            ["SCNET_USER"] = _host.Options.ScnetUser,
            ["SCNET_PASSWORD"] = _host.Options.ScnetPassword,
            ["SCNET_ORG_ID"] = _host.Options.ScnetOrgId,
            ["SCNET_AUTH_BASE_URI"] = _host.BaseUri.ToString(),
        };
        return new ConnectionSources(name => variables.TryGetValue(name, out var value) ? value : null);
    }

    [Fact]
    public async Task A_command_stopped_during_the_shared_sign_in_does_not_fail_another_command_waiting_for_it()
    {
        _host.Options.Faults.LatencyMs = 1500;
        _host.Options.Faults.LatencyPathContains = "/ac/openapi/v2/tokens";
        using var stop = new CancellationTokenSource();
        var stopped = ScnetConnectionResolver.ResolveAsync(FromEnvironment(), null, null, new CallContext(cancellationToken: stop.Token));
        await Task.Delay(300);
        var waiting = ScnetConnectionResolver.ResolveAsync(FromEnvironment(), null, null, new CallContext());

        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopped);
        var connection = await waiting;
        Assert.Equal(_host.ScnetAiBaseUri.GetLeftPart(UriPartial.Authority), connection.AiBaseUri.GetLeftPart(UriPartial.Authority));
        Assert.Equal(2, _host.Counters.Requests("/ac/openapi/v2/tokens"));
    }
}
