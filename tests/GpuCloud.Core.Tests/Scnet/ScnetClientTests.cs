using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Scnet;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Emulator;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Scnet;

public sealed class ScnetClientTests : IAsyncLifetime
{
    private const string DocumentContainerId = "4c1f43ddb030483e89b55413bee6c004";
    private EmulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await EmulatorHost.StartAsync(new EmulatorOptions { Items = 60 });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ScnetClient WithToken(string token) => new(new ScnetConnection(_host.ScnetAiBaseUri, new StaticScnetTokenSource(new ScnetToken(new SecretText(token)))));

    private ScnetCredentials Credentials() => new(_host.Options.ScnetUser, new SecretText(_host.Options.ScnetPassword), _host.Options.ScnetOrgId);

    [Fact]
    public async Task The_documents_container_reads_with_utc_times_and_no_value_for_null_and_dashes()
    {
        var instance = await WithToken(_host.IssueScnetToken()).GetContainerInstanceAsync(DocumentContainerId, EmulatorClients.Call());

        Assert.Equal(CloudProvider.Scnet, instance.Provider);
        Assert.Equal("Instances_2205113837", instance.InstanceServiceName);
        Assert.Equal(new DateTimeOffset(2022, 5, 11, 11, 30, 34, TimeSpan.Zero), instance.CreateTime);
        Assert.Null(instance.StartTime);
        Assert.Null(instance.EndTime);
        Assert.Null(instance.Duration);
        Assert.Null(instance.RemainingTime);
        Assert.Equal(15360, instance.RamSize);
        Assert.Equal(1, instance.TaskNumber);
        Assert.False(instance.UseStartScript);
        Assert.Equal("TeslaM40", instance.ResourceGroup);
        Assert.Equal("gpu", instance.AcceleratorType);
        Assert.Empty(instance.MountInfoList);
    }

    [Fact]
    public async Task Every_container_of_the_emulator_reads_without_warnings()
    {
        var diagnostics = new RecordingDiagnostics();
        var client = WithToken(_host.IssueScnetToken());
        foreach (var id in _host.CurrentIds(Listing.ScnetContainers))
        {
            var instance = await client.GetContainerInstanceAsync(id, EmulatorClients.Call(diagnostics));
            Assert.Equal(id, instance.Id);
        }

        Assert.Empty(diagnostics.Warnings);
    }

    [Fact]
    public async Task An_unknown_id_is_not_found_with_the_providers_code()
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => WithToken(_host.IssueScnetToken()).GetContainerInstanceAsync("ffffffffffffffffffffffffffffffff", EmulatorClients.Call()));

        Assert.Equal(ErrorKind.NotFound, failure.Kind);
        Assert.Equal("10004", failure.ProviderCode);
        Assert.Contains("ffffffffffffffffffffffffffffffff", failure.Message);
    }

    [Theory]
    [InlineData("../resources")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a/b")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("a%2Fb")]
    [InlineData("a\u0001b")]
    [InlineData("   ")]
    public async Task Ids_that_would_change_the_path_are_refused_before_any_request(string id)
    {
        var failure = await Assert.ThrowsAsync<InvalidParameterException>(() => WithToken(_host.IssueScnetToken()).GetContainerInstanceAsync(id, EmulatorClients.Call()));

        Assert.Equal("Id", failure.ParameterName);
        Assert.Equal(0, _host.Counters.TotalRequests);
    }

    [Fact]
    public async Task The_documents_quota_reads_typed()
    {
        var quota = await WithToken(_host.IssueScnetToken()).GetNodeQuotaAsync("gpu", "TeslaM40", EmulatorClients.Call());

        Assert.Equal(40, quota.CpuNumber);
        Assert.Equal(2, quota.GpuNumber);
        Assert.Equal(31888L, quota.MemorySize);
        Assert.Equal(0, quota.NvLimits);
        Assert.Equal(1, quota.NodeNumber);
        Assert.Equal("unlimited", quota.MaxTime);
        Assert.Null(quota.Id);
        Assert.Null(quota.UserName);
        Assert.Equal("gpu", quota.AcceleratorType);
    }

    [Fact]
    public async Task An_unknown_resource_group_is_not_found()
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => WithToken(_host.IssueScnetToken()).GetNodeQuotaAsync("gpu", "NoSuchGroup", EmulatorClients.Call()));

        Assert.Equal(ErrorKind.NotFound, failure.Kind);
        Assert.Equal("10004", failure.ProviderCode);
    }

    [Fact]
    public async Task An_expired_token_given_directly_fails_clearly_without_a_request()
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => WithToken(_host.IssueScnetToken(TimeSpan.FromMinutes(-5))).GetContainerInstanceAsync(DocumentContainerId, EmulatorClients.Call()));

        Assert.Equal(ErrorKind.Authentication, failure.Kind);
        Assert.Contains("expired", failure.Message);
        Assert.Equal(0, _host.Counters.TotalRequests);
    }

    [Fact]
    public async Task A_platform_token_is_refused_with_advice()
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => WithToken(_host.IssueScnetPlatformToken()).GetContainerInstanceAsync(DocumentContainerId, EmulatorClients.Call()));

        Assert.Equal(ErrorKind.Authentication, failure.Kind);
        Assert.Contains("platform token", failure.Message);
    }

    [Fact]
    public async Task Signing_in_picks_a_cluster_region_and_finds_the_ai_service_through_the_center()
    {
        var connection = await ScnetSignIn.ConnectAsync(_host.BaseUri, Credentials(), null, EmulatorClients.Call());

        Assert.Equal(_host.BaseUri, connection.AiBaseUri);
        var instance = await new ScnetClient(connection).GetContainerInstanceAsync(DocumentContainerId, EmulatorClients.Call());
        Assert.Equal(DocumentContainerId, instance.Id);
    }

    [Fact]
    public async Task Signing_in_picks_the_region_asked_for_by_name()
    {
        var credentials = Credentials();
        credentials.ClusterName = "西安";
        var connection = await ScnetSignIn.ConnectAsync(_host.BaseUri, credentials, null, EmulatorClients.Call());
        var token = await connection.Tokens.CurrentAsync(EmulatorClients.Call());

        Assert.Equal("11276", token.ClusterId);
    }

    [Fact]
    public async Task Signing_in_with_a_cluster_id_and_a_name_that_agree_picks_that_region()
    {
        var credentials = Credentials();
        credentials.ClusterId = "11276";
        credentials.ClusterName = "西安";
        var connection = await ScnetSignIn.ConnectAsync(_host.BaseUri, credentials, null, EmulatorClients.Call());
        var token = await connection.Tokens.CurrentAsync(EmulatorClients.Call());

        Assert.Equal("11276", token.ClusterId);
    }

    [Fact]
    public async Task Signing_in_with_a_cluster_id_and_a_name_of_another_region_is_refused_naming_both()
    {
        var credentials = Credentials();
        credentials.ClusterId = "11112";
        credentials.ClusterName = "西安";

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => ScnetSignIn.ConnectAsync(_host.BaseUri, credentials, null, EmulatorClients.Call()));

        Assert.Equal(ErrorKind.NotFound, failure.Kind);
        Assert.Contains("-ClusterId '11112' and -ClusterName '西安'", failure.Message);
        Assert.Contains("11276 (", failure.Message);
    }

    [Fact]
    public async Task Wrong_credentials_are_an_authentication_error_without_the_password()
    {
        var credentials = new ScnetCredentials("emulator", new SecretText("not-the-password"), "emulator-org");

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => ScnetSignIn.ConnectAsync(_host.BaseUri, credentials, null, EmulatorClients.Call()));

        Assert.Equal(ErrorKind.Authentication, failure.Kind);
        Assert.DoesNotContain("not-the-password", failure.Message);
    }

    [Fact]
    public async Task A_token_refused_as_expired_is_replaced_by_signing_in_again()
    {
        var connection = await ScnetSignIn.ConnectAsync(_host.BaseUri, Credentials(), null, EmulatorClients.Call());
        _host.ExpireAllTokens();

        var instance = await new ScnetClient(connection).GetContainerInstanceAsync(DocumentContainerId, EmulatorClients.Call());

        Assert.Equal(DocumentContainerId, instance.Id);
        Assert.Equal(2, _host.Counters.Requests("/ac/openapi/v2/tokens"));
    }

    [Fact]
    public async Task A_token_close_to_its_expiry_is_renewed_before_use()
    {
        _host.Options.ScnetTokenLifetime = TimeSpan.FromMinutes(2);
        var connection = await ScnetSignIn.ConnectAsync(_host.BaseUri, Credentials(), null, EmulatorClients.Call());

        await new ScnetClient(connection).GetContainerInstanceAsync(DocumentContainerId, EmulatorClients.Call());

        Assert.Equal(1, _host.Counters.Requests("/ac/openapi/v2/tokens/next"));
    }

    [Fact]
    public void The_token_payload_gives_expiry_and_cluster()
    {
        var token = new ScnetToken(new SecretText(_host.IssueScnetToken(TimeSpan.FromMinutes(30))));

        Assert.Equal("11112", token.ClusterId);
        Assert.NotNull(token.ExpiresAt);
        Assert.InRange(token.ExpiresAt!.Value, DateTimeOffset.UtcNow.AddMinutes(29), DateTimeOffset.UtcNow.AddMinutes(31));
        Assert.Equal("***", token.Value.ToString());
    }
}
