using GpuCloud.Core.Errors;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Emulator;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Ppio;

public sealed class PpioEndpointListingTests : IAsyncLifetime
{
    private const string Route = "/gpu-instance/openapi/v1/endpoint";
    private EmulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await EmulatorHost.StartAsync(new EmulatorOptions { Items = 250 });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(50)]
    [InlineData(30)]
    [InlineData(100)]
    [InlineData(7)]
    [InlineData(250)]
    public async Task Lists_every_endpoint_once_in_server_order_whatever_the_page_size(int pageSize)
    {
        var diagnostics = new RecordingDiagnostics();
        var items = await EmulatorClients.Ppio(_host).ListEndpointsAsync(new PagingOptions(pageSize), EmulatorClients.Call(diagnostics)).ToListAsync();

        Assert.Equal(_host.CurrentIds(Listing.PpioEndpoints), items.Select(e => e.Id));
        Assert.Empty(diagnostics.Warnings);
        Assert.All(items, e => Assert.Equal(CloudProvider.Ppio, e.Provider));
    }

    [Fact]
    public async Task First_fetches_only_the_pages_it_needs()
    {
        var items = await EmulatorClients.Ppio(_host).ListEndpointsAsync(new PagingOptions(50, first: 5), EmulatorClients.Call()).ToListAsync();

        Assert.Equal(_host.CurrentIds(Listing.PpioEndpoints).Take(5), items.Select(e => e.Id));
        Assert.Equal(1, _host.Counters.Requests(Route));
    }

    [Fact]
    public async Task Skip_starts_at_the_page_holding_the_first_wanted_item()
    {
        var items = await EmulatorClients.Ppio(_host).ListEndpointsAsync(new PagingOptions(50, skip: 95, first: 10), EmulatorClients.Call()).ToListAsync();

        Assert.Equal(_host.CurrentIds(Listing.PpioEndpoints).Skip(95).Take(10), items.Select(e => e.Id));
        Assert.Equal(2, _host.Counters.Requests(Route));
    }

    [Fact]
    public async Task Total_is_reported_from_the_first_page()
    {
        long? total = null;
        await EmulatorClients.Ppio(_host).ListEndpointsAsync(new PagingOptions(100, first: 1), EmulatorClients.Call(), totalReported: t => total = t).ToListAsync();

        Assert.Equal(250, total);
    }

    [Fact]
    public async Task The_first_object_arrives_before_the_second_page_is_requested()
    {
        await using var items = EmulatorClients.Ppio(_host).ListEndpointsAsync(new PagingOptions(10), EmulatorClients.Call()).GetAsyncEnumerator();

        Assert.True(await items.MoveNextAsync());
        Assert.Equal(1, _host.Counters.Requests(Route));
    }

    [Fact]
    public async Task A_page_size_above_the_server_cap_still_reads_everything()
    {
        var diagnostics = new RecordingDiagnostics();
        var items = await EmulatorClients.Ppio(_host).ListEndpointsAsync(new PagingOptions(400), EmulatorClients.Call(diagnostics)).ToListAsync();

        Assert.Equal(_host.CurrentIds(Listing.PpioEndpoints), items.Select(e => e.Id));
        Assert.Contains(diagnostics.Verbose, m => m.Contains("at most 100 items per page"));
    }

    [Fact]
    public async Task A_zero_based_page_number_setting_reads_everything()
    {
        _host.Options.PpioPageNumBase = 0;
        var items = await EmulatorClients.Ppio(_host, pageNumberBase: 0).ListEndpointsAsync(new PagingOptions(60), EmulatorClients.Call()).ToListAsync();

        Assert.Equal(_host.CurrentIds(Listing.PpioEndpoints), items.Select(e => e.Id));
    }

    [Fact]
    public async Task Against_a_service_that_numbers_pages_from_0_the_shortfall_warning_names_the_setting()
    {
        _host.Options.PpioPageNumBase = 0;
        var diagnostics = new RecordingDiagnostics();

        var items = await EmulatorClients.Ppio(_host).ListEndpointsAsync(new PagingOptions(10), EmulatorClients.Call(diagnostics)).ToListAsync();

        Assert.True(items.Count < _host.CurrentIds(Listing.PpioEndpoints).Count);
        Assert.Contains(diagnostics.Warnings, w => w.Contains("count did not change while the listing was read") && w.Contains("set PPIO_PAGE_NUMBER_BASE=0"));
    }

    [Fact]
    public async Task A_client_filter_applies_skip_and_first_to_matching_items()
    {
        var all = await EmulatorClients.Ppio(_host).ListEndpointsAsync(new PagingOptions(100), EmulatorClients.Call()).ToListAsync();
        var matching = all.Where(e => e.Name!.Contains('1')).ToList();

        var items = await EmulatorClients.Ppio(_host).ListEndpointsAsync(new PagingOptions(100, skip: 2, first: 3), EmulatorClients.Call(), e => e.Name!.Contains('1')).ToListAsync();

        Assert.Equal(matching.Skip(2).Take(3).Select(e => e.Id), items.Select(e => e.Id));
    }

    [Fact]
    public async Task Endpoints_carry_typed_nested_values_and_flat_conveniences()
    {
        var items = await EmulatorClients.Ppio(_host).ListEndpointsAsync(new PagingOptions(100), EmulatorClients.Call()).ToListAsync();

        Assert.All(items, e =>
        {
            Assert.Equal(e.State?.State, e.StateName);
            Assert.Equal(e.Workers.Count, e.WorkerCount);
            Assert.Equal(e.Workers.Count(w => w.Healthy == true), e.HealthyWorkerCount);
        });
        Assert.Contains(items, e => e.Workers.Count > 0 && e.WorkerConfig?.MaxNum != null && e.RootfsSize != null);
    }

    [Fact]
    public async Task A_wrong_api_key_is_an_authentication_error_with_the_providers_code()
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() =>
            EmulatorClients.Ppio(_host, apiKey: "wrong-key").ListEndpointsAsync(new PagingOptions(10), EmulatorClients.Call()).ToListAsync());

        Assert.Contains(failure.Kind, new[] { ErrorKind.Authentication, ErrorKind.PermissionDenied });
        Assert.Equal("INVALID_API_KEY", failure.ProviderCode);
        Assert.DoesNotContain("wrong-key", failure.Message);
    }
}
