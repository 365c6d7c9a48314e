using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.ModelArts;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Emulator;
using GpuCloud.Models;
using EmulatorOffsetMode = GpuCloud.Emulator.ModelArtsOffsetMode;

namespace GpuCloud.Core.Tests.ModelArts;

public sealed class ModelArtsClientTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await EmulatorHost.StartAsync(new EmulatorOptions { Items = 75 });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ModelArtsClient Client(IModelArtsAuthorizer? authorizer = null, Core.ModelArts.ModelArtsOffsetMode mode = Core.ModelArts.ModelArtsOffsetMode.RecordOffset, string? projectId = null) =>
        new(new ModelArtsConnection(_host.BaseUri, projectId ?? _host.Options.HuaweiProjectId,
            authorizer ?? new AkSkAuthorizer(new SecretText(_host.Options.HuaweiAccessKey), new SecretText(_host.Options.HuaweiSecretKey)), mode));

    private Task<List<HyperInstance>> List(ModelArtsClient client, int pageSize = 1024, HyperInstanceQuery? query = null) =>
        client.ListHyperInstancesAsync(query ?? new HyperInstanceQuery(), new PagingOptions(pageSize), EmulatorClients.Call()).ToListAsync();

    [Theory]
    [InlineData(1024)]
    [InlineData(25)]
    [InlineData(10)]
    [InlineData(7)]
    public async Task Signed_requests_list_every_instance_in_server_order(int pageSize)
    {
        var items = await List(Client(), pageSize);

        Assert.Equal(_host.CurrentIds(Listing.ModelArtsHyperInstances), items.Select(i => i.Id));
    }

    [Fact]
    public async Task Offset_as_a_page_index_is_a_setting()
    {
        _host.Options.ModelArtsOffsetMode = EmulatorOffsetMode.PageIndex;

        var items = await List(Client(mode: Core.ModelArts.ModelArtsOffsetMode.PageIndex), 10);

        Assert.Equal(_host.CurrentIds(Listing.ModelArtsHyperInstances), items.Select(i => i.Id));
    }

    [Fact]
    public async Task Against_a_service_that_reads_offset_as_a_page_index_the_shortfall_warning_names_the_setting()
    {
        _host.Options.ModelArtsOffsetMode = EmulatorOffsetMode.PageIndex;
        var diagnostics = new RecordingDiagnostics();

        var items = await Client().ListHyperInstancesAsync(new HyperInstanceQuery(), new PagingOptions(10), EmulatorClients.Call(diagnostics)).ToListAsync();

        Assert.True(items.Count < _host.CurrentIds(Listing.ModelArtsHyperInstances).Count);
        Assert.Contains(diagnostics.Warnings, w => w.Contains("count did not change while the listing was read") && w.Contains("set MODELARTS_OFFSET_MODE=PageIndex"));
    }

    [Fact]
    public async Task The_documents_record_reads_with_utc_times_and_nested_servers()
    {
        var instance = Assert.Single(await List(Client()), i => i.Name == "devserver-hps");

        Assert.Equal("b4beacb6-4380-448c-a218-daa82cf03f5d", instance.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1731055875839), instance.CreateAt);
        Assert.Equal("42669b79-da2f-4482-ad40-22f50442c9e7", instance.HpsClusterId);
        Assert.Equal("ACTIVE", instance.Status);
        Assert.Equal(1, instance.ServerCount);
        var server = instance.Servers[0];
        Assert.Equal("devserver-hps-1", server.Name);
        Assert.Equal("PRE_PAID", server.ChargingMode);
        Assert.Equal("HPS", server.CloudServer!.Type);
        Assert.Equal("10.1.0.98", server.Endpoints[0].Uri);
        Assert.Equal("86496e41-87c4-4779-9007-4f8f5c2a208f", server.Image!.ImageId);
        Assert.Equal("devserver-hps", server.ServerHps!.Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1731209918651), server.UpdateAt);
    }

    [Fact]
    public async Task Sorting_is_done_by_the_server()
    {
        var ascending = await List(Client(), 20, new HyperInstanceQuery { SortKey = "updateTime", SortDirection = "ASC" });

        Assert.Equal(ascending.OrderBy(i => i.UpdateAt).ThenBy(i => i.Id, StringComparer.Ordinal).Select(i => i.Id), ascending.Select(i => i.Id));
    }

    [Fact]
    public async Task An_iam_token_works_in_place_of_a_signature()
    {
        var items = await List(Client(new IamTokenAuthorizer(new SecretText(_host.IssueIamToken()))));

        Assert.Equal(_host.CurrentIds(Listing.ModelArtsHyperInstances), items.Select(i => i.Id));
    }

    [Fact]
    public async Task Pages_in_flight_when_the_iam_token_is_refused_as_expired_share_one_sign_in()
    {
        var signedIn = await GpuCloudConnector.SignInToIamAsync(_host.BaseUri, _host.Options.IamUser, new SecretText(_host.Options.IamPassword), _host.Options.IamDomain, _host.Options.HuaweiProjectId, EmulatorClients.Call());
        _host.Options.Faults.LatencyMs = 150;
        _host.Options.Faults.LatencyPathContains = "/dev-servers/hyperinstance";
        var items = new List<HyperInstance>();

        await foreach (var instance in Client(signedIn).ListHyperInstancesAsync(new HyperInstanceQuery(), new PagingOptions(5), EmulatorClients.Call(maxConcurrency: 8)))
        {
            if (items.Count == 0)
            {
                _host.ExpireAllTokens();
            }

            items.Add(instance);
        }

        var pages = (items.Count + 4) / 5;
        Assert.True(_host.Counters.Requests("/v1/{project_id}/dev-servers/hyperinstance") - pages > 1, "several pages were to be refused together");
        Assert.Equal(_host.CurrentIds(Listing.ModelArtsHyperInstances), items.Select(i => i.Id));
        Assert.Equal(2, _host.Counters.Requests("/v3/auth/tokens"));
    }

    [Fact]
    public async Task A_short_lived_iam_token_is_used_for_a_whole_listing_instead_of_being_renewed_before_every_page()
    {
        _host.Options.IamTokenLifetime = TimeSpan.FromMinutes(30);
        var signedIn = await GpuCloudConnector.SignInToIamAsync(_host.BaseUri, _host.Options.IamUser, new SecretText(_host.Options.IamPassword), _host.Options.IamDomain, _host.Options.HuaweiProjectId, EmulatorClients.Call());

        var items = await List(Client(signedIn), pageSize: 5);

        Assert.Equal(_host.CurrentIds(Listing.ModelArtsHyperInstances), items.Select(i => i.Id));
        Assert.Equal(1, _host.Counters.Requests("/v3/auth/tokens"));
    }

    [Fact]
    public async Task A_wrong_secret_key_is_an_authentication_error_with_the_gateway_code_and_request_id()
    {
        var client = Client(new AkSkAuthorizer(new SecretText(_host.Options.HuaweiAccessKey), new SecretText("not-the-secret")));

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(client));

        Assert.Equal(ErrorKind.Authentication, failure.Kind);
        Assert.Equal("APIGW.0301", failure.ProviderCode);
        Assert.False(string.IsNullOrEmpty(failure.RequestId));
        Assert.DoesNotContain("not-the-secret", failure.Message);
    }

    [Fact]
    public async Task A_clock_off_by_more_than_15_minutes_is_refused()
    {
        var client = Client(new AkSkAuthorizer(new SecretText(_host.Options.HuaweiAccessKey), new SecretText(_host.Options.HuaweiSecretKey), () => DateTimeOffset.UtcNow.AddMinutes(-20)));

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(client));

        Assert.Equal("APIGW.0303", failure.ProviderCode);
        Assert.Equal(ErrorKind.Authentication, failure.Kind);
    }

    [Fact]
    public async Task An_unknown_project_is_not_found()
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => List(Client(projectId: "ffffffffffffffffffffffffffffffff")));

        Assert.Equal(ErrorKind.NotFound, failure.Kind);
        Assert.Equal("ModelArts.0104", failure.ProviderCode);
    }
}
