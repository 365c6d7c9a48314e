using System.Text;
using System.Text.Json;
using GpuCloud.Emulator;
using GpuCloud.Emulator.Data;
using GpuCloud.Emulator.Json;
using GpuCloud.Emulator.Models.Ppio;

namespace GpuCloud.Core.Tests.Emulator;

/// <summary>Pages are written from each item's JSON, serialized once; what is served is what the item serializes to.</summary>
public sealed class ItemJsonCacheTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string Path = "/gpu-instance/openapi/v1/endpoint";

    [Fact]
    public void An_items_json_is_serialized_once_and_then_reused()
    {
        var listing = new OrderedListing<PpioEndpoint>(new PpioEndpointGenerator(7, 20), 20, cacheItems: false);
        var entry = listing.Entries[3];

        var first = listing.ItemJson(entry, WireJson.Ppio.PpioEndpoint);
        var second = listing.ItemJson(entry, WireJson.Ppio.PpioEndpoint);

        Assert.Same(first, second);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(listing.Item(entry), WireJson.Ppio.PpioEndpoint), first);
    }

    [Fact]
    public async Task A_served_page_holds_each_items_own_serialization_in_listing_order()
    {
        using var response = await emulator.PpioGetAsync(Path + "?pageSize=30&pageNum=2");
        var served = (await EmulatorFixture.JsonAsync(response)).GetProperty("endpoints").EnumerateArray().Select(e => e.GetRawText()).ToArray();

        var listing = new OrderedListing<PpioEndpoint>(new PpioEndpointGenerator(emulator.Options.Seed, emulator.Options.Items), emulator.Options.Items, cacheItems: false);
        var expected = listing.Entries.Skip(30).Take(30)
            .Select(entry => Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(listing.Item(entry), WireJson.Ppio.PpioEndpoint)))
            .ToArray();

        Assert.Equal(30, served.Length);
        Assert.Equal(expected, served);
    }
}
