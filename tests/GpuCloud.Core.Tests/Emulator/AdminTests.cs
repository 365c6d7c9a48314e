using System.Net;
using System.Net.Http.Json;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class AdminTests
{
    private const string Endpoints = "/gpu-instance/openapi/v1/endpoint";

    [Fact]
    public async Task State_reports_counters_listings_and_fault_options()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Items = 20, Seed = 7 });
        emulator.Options.Faults.Throttle.Next = 1;
        using (await emulator.PpioGetAsync(Endpoints))
        using (await emulator.PpioGetAsync(Endpoints))
        {
        }
        using var response = await emulator.Client.GetAsync("/_emulator/state");
        var state = await EmulatorFixture.JsonAsync(response);
        Assert.Equal(7, state.GetProperty("seed").GetInt32());
        Assert.Equal(20, state.GetProperty("items").GetInt32());
        Assert.Equal(2, state.GetProperty("requests").GetProperty(Endpoints).GetInt64());
        Assert.Equal(2, state.GetProperty("totalRequests").GetInt64());
        Assert.Equal(1, state.GetProperty("faults").GetProperty("Throttle").GetInt64());
        Assert.Equal(20, state.GetProperty("listings").GetProperty("PpioEndpoints").GetInt32());
        Assert.Equal(5, state.GetProperty("listings").GetProperty("ScnetContainers").GetInt32());
        Assert.Equal(0, state.GetProperty("faultOptions").GetProperty("throttle").GetProperty("next").GetInt32());
    }

    [Fact]
    public async Task State_reports_the_most_requests_served_at_once()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Items = 20 });
        emulator.Options.Faults.LatencyMs = 300;
        var together = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => emulator.PpioGetAsync(Endpoints)));
        foreach (var response in together)
        {
            response.Dispose();
        }

        emulator.Options.Faults.LatencyMs = 0;
        using (await emulator.PpioGetAsync(Endpoints))
        {
        }

        Assert.Equal(0, emulator.Host.Counters.InFlight);
        using var state = await emulator.Client.GetAsync("/_emulator/state");
        Assert.Equal(5, (await EmulatorFixture.JsonAsync(state)).GetProperty("peakInFlight").GetInt64());

        emulator.Host.Counters.ResetPeakInFlight();
        Assert.Equal(0, emulator.Host.Counters.PeakInFlight);
    }

    [Fact]
    public async Task Posting_faults_replaces_the_fault_options()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Items = 20 });
        using var set = await emulator.Client.PostAsync("/_emulator/faults",
            new StringContent("""{"serverError":{"next":1,"pathContains":"endpoint"},"serverErrorStatus":503,"retryAfterSeconds":0}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(503, emulator.Options.Faults.ServerErrorStatus);

        using var failed = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        using var ok = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        using var bad = await emulator.Client.PostAsync("/_emulator/faults", new StringContent("{nope", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        emulator.Options.Faults.Throttle.Next = 3;
        using var cleared = await emulator.Client.PostAsync("/_emulator/faults", new ByteArrayContent([]));
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(0, emulator.Options.Faults.Throttle.Next);
    }

    [Fact]
    public async Task Reset_clears_faults_counters_and_rebuilds_data()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Items = 20 });
        var original = emulator.Host.CurrentIds(Listing.PpioEndpoints);
        emulator.Options.Faults.InsertBetweenPages.Next = 1;
        emulator.Options.Faults.Throttle.Rate = 1;
        using (await emulator.PpioGetAsync(Endpoints))
        {
        }
        emulator.Options.Faults.Throttle.Rate = 0;
        using (await emulator.PpioGetAsync(Endpoints))
        {
        }
        Assert.NotEqual(original, emulator.Host.CurrentIds(Listing.PpioEndpoints));

        using var reset = await emulator.Client.PostAsync("/_emulator/reset", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(original, emulator.Host.CurrentIds(Listing.PpioEndpoints));
        Assert.Equal(0, emulator.Host.Counters.TotalRequests);
        Assert.Equal(0, emulator.Host.Counters.Faults(FaultKind.Throttle));
        Assert.Equal(0, emulator.Options.Faults.Throttle.Rate);
        using var ok = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Host_reset_does_the_same()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Items = 10 });
        emulator.Options.Faults.Throttle.Next = 5;
        emulator.Host.Reset();
        using var ok = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Data_is_deterministic_from_seed_and_items()
    {
        await using var a = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = 5, Items = 40 });
        await using var b = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = 5, Items = 40 });
        await using var c = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = 6, Items = 40 });
        foreach (var listing in Enum.GetValues<Listing>())
        {
            Assert.Equal(a.Host.CurrentIds(listing), b.Host.CurrentIds(listing));
        }
        Assert.NotEqual(a.Host.CurrentIds(Listing.PpioEndpoints), c.Host.CurrentIds(Listing.PpioEndpoints));
        using var ra = await a.PpioGetAsync(Endpoints + "?pageSize=40");
        using var rb = await b.PpioGetAsync(Endpoints + "?pageSize=40");
        Assert.Equal(await ra.Content.ReadAsStringAsync(), await rb.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Changing_items_at_run_time_rebuilds_the_data()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Items = 10 });
        emulator.Options.Items = 1000;
        using var response = await emulator.PpioGetAsync(Endpoints);
        Assert.Equal(1000, (await EmulatorFixture.JsonAsync(response)).GetProperty("total").GetInt32());
        Assert.Equal(1000, emulator.Host.CurrentIds(Listing.PpioEndpoints).Count);
    }

    [Fact]
    public void Command_line_settings_bind_onto_the_options()
    {
        var options = new EmulatorOptions();
        var app = EmulatorApp.Build(["--urls", "http://127.0.0.1:0", "--seed", "9", "--items", "12", "--PpioPageNumBase", "0", "--ModelArtsOffsetMode", "PageIndex",
            "--Faults:LatencyMs", "5", "--Faults:Throttle:Next", "2", "--ScnetTokenLifetime", "00:10:00"], options);
        Assert.NotNull(app);
        Assert.Equal(9, options.Seed);
        Assert.Equal(12, options.Items);
        Assert.Equal(0, options.PpioPageNumBase);
        Assert.Equal(ModelArtsOffsetMode.PageIndex, options.ModelArtsOffsetMode);
        Assert.Equal(5, options.Faults.LatencyMs);
        Assert.Equal(2, options.Faults.Throttle.Next);
        Assert.Equal(TimeSpan.FromMinutes(10), options.ScnetTokenLifetime);
    }

    [Fact]
    public void Banner_names_every_provider_and_the_credentials()
    {
        var output = new StringWriter();
        var options = new EmulatorOptions();
        EmulatorBanner.Print(output, ["http://127.0.0.1:5080"], options, "demo.token.value");
        var text = output.ToString();
        foreach (var expected in new[] { "http://127.0.0.1:5080", "/ai", options.PpioApiKey, options.ScnetPassword, options.ScnetOrgId, "demo.token.value", options.HuaweiAccessKey, options.HuaweiSecretKey, options.HuaweiProjectId, "emulator-domain" })
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public async Task Base_uri_is_an_ephemeral_loopback_root()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Items = 1 });
        Assert.Equal("127.0.0.1", emulator.Host.BaseUri.Host);
        Assert.NotEqual(0, emulator.Host.BaseUri.Port);
        Assert.Equal("/", emulator.Host.BaseUri.AbsolutePath);
        await Task.CompletedTask;
        _ = await emulator.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/_emulator/state");
    }
}
