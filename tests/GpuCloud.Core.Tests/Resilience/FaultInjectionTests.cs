using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.ModelArts;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Ppio;
using GpuCloud.Core.Scnet;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Emulator;
using Xunit.Abstractions;

namespace GpuCloud.Core.Tests.Resilience;

/// <summary>
/// Drives every listing operation (and SCNet's per-id detail) through every fault the emulator injects and
/// checks, run by run, that the items written are exactly the emulator's (nothing lost, nothing
/// duplicated) or that a clear error naming provider and operation was raised.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private readonly ITestOutputHelper _output;
    private EmulatorHost _host = null!;

    public FaultInjectionTests(ITestOutputHelper output) => _output = output;

    public async Task InitializeAsync() => _host = await EmulatorHost.StartAsync(new EmulatorOptions { Items = 45 });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private sealed record Operation(string Name, string Route, Listing Listing, string Provider, Func<EmulatorHost, CallContext, Task<List<string>>> Run, bool IsListing = true);

    private static readonly Operation[] Operations =
    [
        new("PPIO ListEndpoints", "/gpu-instance/openapi/v1/endpoint", Listing.PpioEndpoints, "PPIO",
            (host, call) => EmulatorClients.Ppio(host).ListEndpointsAsync(new PagingOptions(10), call).Select(e => e.Id!).ToListAsync()),
        new("PPIO ListImagePrewarmTasks", "/gpu-instance/openapi/v1/image/prewarm", Listing.PpioPrewarmTasks, "PPIO",
            (host, call) => EmulatorClients.Ppio(host).ListPrewarmTasksAsync(new PrewarmTaskQuery(), new PagingOptions(10), call).Select(t => t.Id!).ToListAsync()),
        new("ModelArts ListHyperInstances", "/dev-servers/hyperinstance", Listing.ModelArtsHyperInstances, "ModelArts",
            ReadHyperInstancesWithIamSignInAsync),
        new("SCNet GetContainerInstance (every id)", "/instance-service/", Listing.ScnetContainers, "SCNet", ReadEveryContainerAsync, IsListing: false),
    ];

    [Fact]
    public async Task Every_operation_survives_every_fault_or_fails_clearly()
    {
        var failures = new List<string>();
        long injected = 0, survived = 0, checkedItems = 0, lost = 0, duplicated = 0;
        foreach (var operation in Operations)
        {
            // Warm up (JIT, connections, the emulator's data) so that short timeouts measure faults only.
            _host.Reset();
            await operation.Run(_host, EmulatorClients.Call());

            foreach (var scenario in FaultScenario.All.Where(s => operation.IsListing || !s.ChangesListing))
            {
                _host.Reset();
                var before = _host.CurrentIds(operation.Listing).ToList();
                scenario.Arm(_host.Options.Faults, operation.Route);
                var diagnostics = new RecordingDiagnostics();
                var call = new CallContext(new RequestOptions { MaxAttempts = 4, BaseDelay = TimeSpan.FromMilliseconds(5), RequestTimeout = TimeSpan.FromMilliseconds(600), MaxConcurrency = 4 }, diagnostics);
                List<string>? written = null;
                Exception? error = null;
                try
                {
                    written = await operation.Run(_host, call);
                }
                catch (Exception exception)
                {
                    error = exception;
                }

                var faults = _host.Counters.FaultSnapshot().Values.Sum();
                injected += faults;
                var after = _host.CurrentIds(operation.Listing).ToList();
                var label = operation.Name + " / " + scenario.Name;
                if (written == null)
                {
                    if (scenario.MustSurvive)
                    {
                        failures.Add(label + ": expected to survive, failed with " + error!.GetType().Name + ": " + error.Message);
                    }
                    else if (error is not GpuCloudException clear || !clear.Message.Contains(operation.Provider, StringComparison.Ordinal))
                    {
                        failures.Add(label + ": the error does not name the provider: " + error);
                    }

                    continue;
                }

                if (!scenario.MustSurvive)
                {
                    failures.Add(label + ": expected a clear error, but the listing completed");
                    continue;
                }

                survived += faults;
                checkedItems += written.Count;
                var duplicates = written.Count - written.Distinct().Count();
                duplicated += duplicates;
                var ever = before.Union(after).ToHashSet();
                var missing = after.Except(written).Count();
                var shortfallReported = diagnostics.Warnings.Any(w => w.Contains("arrived"));
                if (!scenario.ChangesListing)
                {
                    missing = before.Except(written).Count();
                }

                lost += shortfallReported ? 0 : missing;
                if (duplicates > 0)
                {
                    failures.Add(label + ": " + duplicates + " duplicate(s)");
                }

                if (written.Any(id => !ever.Contains(id)))
                {
                    failures.Add(label + ": wrote items the emulator never held");
                }

                if (missing > 0 && !shortfallReported)
                {
                    failures.Add(label + ": " + missing + " item(s) lost without a warning");
                }

                if (scenario.ChangesListing && !diagnostics.Warnings.Any(w => w.Contains("changed while it was read")))
                {
                    failures.Add(label + ": the change under the listing was not reported");
                }
            }
        }

        var summary = $"fault injection: {injected} faults injected, {survived} faults survived, {checkedItems} items checked, {lost} items lost, {duplicated} items duplicated";
        _output.WriteLine(summary);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fault-injection-summary.txt"), summary + Environment.NewLine);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
        Assert.True(injected > 0);
    }

    private static async Task<List<string>> ReadHyperInstancesWithIamSignInAsync(EmulatorHost host, CallContext call)
    {
        var signedIn = await GpuCloudConnector.SignInToIamAsync(host.BaseUri, host.Options.IamUser, new SecretText(host.Options.IamPassword), host.Options.IamDomain, host.Options.HuaweiProjectId, new CallContext(call.Options, call.Diagnostics));
        return await new ModelArtsClient(new ModelArtsConnection(host.BaseUri, host.Options.HuaweiProjectId, signedIn))
            .ListHyperInstancesAsync(new HyperInstanceQuery(), new PagingOptions(10), call).Select(h => h.Id!).ToListAsync();
    }

    private static async Task<List<string>> ReadEveryContainerAsync(EmulatorHost host, CallContext call)
    {
        var credentials = new ScnetCredentials(host.Options.ScnetUser, new SecretText(host.Options.ScnetPassword), host.Options.ScnetOrgId);
        var connection = await ScnetSignIn.ConnectAsync(host.BaseUri, credentials, host.BaseUri, new CallContext(call.Options, call.Diagnostics));
        var client = new ScnetClient(connection);
        var window = new OrderedWindow<string, GpuCloud.Models.ContainerInstance>();
        var written = new List<string>();
        Exception? firstFailure = null;
        foreach (var id in host.CurrentIds(Listing.ScnetContainers))
        {
            window.Add(id, () => client.GetContainerInstanceAsync(id, call));
            await window.DrainAsync(call.Options.EffectiveMaxConcurrency - 1, (_, instance) => written.Add(instance.Id!), (_, failure) => firstFailure ??= failure);
        }

        await window.DrainAsync(0, (_, instance) => written.Add(instance.Id!), (_, failure) => firstFailure ??= failure);
        return firstFailure == null ? written : throw firstFailure;
    }
}
