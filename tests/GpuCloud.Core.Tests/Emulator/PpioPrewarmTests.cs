using System.Net;
using System.Text.Json;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class PpioPrewarmTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string Path = "/gpu-instance/openapi/v1/image/prewarm";

    private async Task<JsonElement[]> AllAsync(string filter = "")
    {
        using var response = await emulator.PpioGetAsync($"{Path}?pageSize=100&page=1{filter}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        var data = body.GetProperty("data").EnumerateArray().ToList();
        for (var page = 2; data.Count < body.GetProperty("total").GetInt32(); page++)
        {
            using var next = await emulator.PpioGetAsync($"{Path}?pageSize=100&page={page}{filter}");
            data.AddRange((await EmulatorFixture.JsonAsync(next)).GetProperty("data").EnumerateArray());
        }
        return data.ToArray();
    }

    [Fact]
    public async Task Auth_is_required()
    {
        using var missing = await emulator.PpioGetAsync(Path, apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        using var wrong = await emulator.PpioGetAsync(Path, apiKey: "nope");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal("INVALID_API_KEY", (await EmulatorFixture.JsonAsync(wrong)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Document_examples_are_present_verbatim()
    {
        var all = await AllAsync();
        var nginx = all.Single(t => t.GetProperty("id").GetString() == "nzd5nyi4keefsv2d");
        Assert.Equal(
            """{"id":"nzd5nyi4keefsv2d","imageName":"nginx","imageUrl":"nginx","clusterId":"cn-dev-1","clusterName":"v2测试(cn-dev-1)","products":[],"imageSize":"72298048","createTime":"1757656178","state":"Succeeded","completeTime":"1757656207","note":"","reason":[],"repositoryAuth":""}""",
            JsonSerializer.Serialize(nginx, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var pytorch = all.Single(t => t.GetProperty("id").GetString() == "fexahnwdp4l1ajva");
        Assert.Equal("pytorch", pytorch.GetProperty("imageName").GetString());
        Assert.Equal("test-image.ppinfra.com/test-public/pytorch:v2", pytorch.GetProperty("imageUrl").GetString());
        Assert.Equal("6762128493", pytorch.GetProperty("imageSize").GetString());
        Assert.Equal("1756361365", pytorch.GetProperty("createTime").GetString());
        Assert.Equal("1756361371", pytorch.GetProperty("completeTime").GetString());
        Assert.Equal("image pulled successfully", pytorch.GetProperty("reason")[0].GetString());
        Assert.Equal("4090.18c.60g.18c60g", pytorch.GetProperty("products")[0].GetProperty("productId").GetString());
        Assert.Equal("RTX 4090 24GB 18c", pytorch.GetProperty("products")[0].GetProperty("productName").GetString());
    }

    [Fact]
    public async Task Wire_quirks_strings_for_times_and_sizes_and_three_reason_shapes()
    {
        var all = await AllAsync();
        Assert.Equal(250, all.Length);
        foreach (var task in all)
        {
            Assert.Equal(JsonValueKind.String, task.GetProperty("createTime").ValueKind);
            Assert.True(long.TryParse(task.GetProperty("createTime").GetString(), out _));
            Assert.True(long.TryParse(task.GetProperty("imageSize").GetString(), out _));
            var state = task.GetProperty("state").GetString();
            var finished = state is "Succeeded" or "Failed";
            if (finished)
            {
                Assert.True(long.TryParse(task.GetProperty("completeTime").GetString(), out _));
            }
            else if (task.TryGetProperty("completeTime", out var complete))
            {
                Assert.Equal("", complete.GetString());
            }
        }
        Assert.Contains(all, t => t.GetProperty("state").GetString() is "Pending" or "Running" && !t.TryGetProperty("completeTime", out _));
        Assert.Contains(all, t => t.TryGetProperty("completeTime", out var c) && c.GetString() == "");
        Assert.Contains(all, t => t.GetProperty("reason").ValueKind == JsonValueKind.Array && t.GetProperty("reason").GetArrayLength() == 0);
        Assert.Contains(all, t => t.GetProperty("reason").ValueKind == JsonValueKind.Array && t.GetProperty("reason").GetArrayLength() == 1);
        Assert.Contains(all, t => t.GetProperty("reason").ValueKind == JsonValueKind.Object);
        Assert.Equal(4, all.Select(t => t.GetProperty("state").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Listing_is_newest_first_and_matches_the_state()
    {
        var all = await AllAsync();
        var times = all.Select(t => long.Parse(t.GetProperty("createTime").GetString()!)).ToArray();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal(emulator.Host.CurrentIds(Listing.PpioPrewarmTasks), all.Select(t => t.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("Pending")]
    [InlineData("Running")]
    [InlineData("Succeeded")]
    [InlineData("Failed")]
    public async Task State_filter_returns_only_that_state_and_total_counts_the_filtered_set(string state)
    {
        var all = await AllAsync();
        var filtered = await AllAsync("&state=" + state);
        Assert.NotEmpty(filtered);
        Assert.All(filtered, t => Assert.Equal(state, t.GetProperty("state").GetString()));
        Assert.Equal(all.Count(t => t.GetProperty("state").GetString() == state), filtered.Length);

        using var response = await emulator.PpioGetAsync($"{Path}?state={state}&pageSize=2");
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal(filtered.Length, body.GetProperty("total").GetInt32());
        Assert.True(body.GetProperty("data").GetArrayLength() <= 2);
    }

    [Fact]
    public async Task Cluster_filter_is_exact()
    {
        var filtered = await AllAsync("&clusterId=cn-dev-1");
        Assert.Contains(filtered, t => t.GetProperty("id").GetString() == "nzd5nyi4keefsv2d");
        Assert.All(filtered, t => Assert.Equal("cn-dev-1", t.GetProperty("clusterId").GetString()));
        Assert.Empty(await AllAsync("&clusterId=cn-nowhere-9"));
    }

    [Fact]
    public async Task Name_filter_is_a_case_insensitive_substring_of_image_name_or_note()
    {
        var byImage = await AllAsync("&name=NGIN");
        Assert.Contains(byImage, t => t.GetProperty("id").GetString() == "nzd5nyi4keefsv2d");
        Assert.All(byImage, t => Assert.True(
            t.GetProperty("imageName").GetString()!.Contains("ngin", StringComparison.OrdinalIgnoreCase)
            || t.GetProperty("note").GetString()!.Contains("ngin", StringComparison.OrdinalIgnoreCase)));

        var byNote = await AllAsync("&name=customer%20DEMO");
        Assert.NotEmpty(byNote);
        Assert.All(byNote, t => Assert.Equal("Customer demo", t.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task Filters_combine()
    {
        var filtered = await AllAsync("&state=Succeeded&clusterId=cn-dev-1&name=torch");
        Assert.Contains(filtered, t => t.GetProperty("id").GetString() == "fexahnwdp4l1ajva");
        Assert.All(filtered, t =>
        {
            Assert.Equal("Succeeded", t.GetProperty("state").GetString());
            Assert.Equal("cn-dev-1", t.GetProperty("clusterId").GetString());
        });
    }

    [Fact]
    public async Task Defaults_are_page_one_and_ten_per_page()
    {
        using var response = await emulator.PpioGetAsync(Path);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal(10, body.GetProperty("data").GetArrayLength());
        Assert.Equal(250, body.GetProperty("total").GetInt32());
        Assert.Equal(emulator.Host.CurrentIds(Listing.PpioPrewarmTasks).Take(10), body.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("state=Done", "state")]
    [InlineData("page=0", "page")]
    [InlineData("page=x", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=-1", "pageSize")]
    public async Task Bad_parameters_are_400(string query, string parameter)
    {
        using var response = await emulator.PpioGetAsync($"{Path}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal("INVALID_ARGUMENT", body.GetProperty("reason").GetString());
        Assert.Contains(parameter, body.GetProperty("message").GetString());
    }
}
