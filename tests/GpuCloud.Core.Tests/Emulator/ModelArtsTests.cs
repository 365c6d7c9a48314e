using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class ModelArtsTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static object PasswordBody(string user = "emulator", string password = "emulator-password", string domain = "emulator-domain", string project = "0b1c7d0e5a8f4d2c9e3b6a1f4c2d8e7a") => new
    {
        auth = new
        {
            identity = new { methods = new[] { "password" }, password = new { user = new { name = user, password, domain = new { name = domain } } } },
            scope = new { project = new { id = project } },
        },
    };

    private async Task<JsonElement> ListAsync(string query)
    {
        using var response = await emulator.ModelArtsGetAsync(query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EmulatorFixture.JsonAsync(response);
    }

    [Fact]
    public async Task Iam_password_login_returns_201_subject_token_and_expiry()
    {
        using var response = await emulator.Client.PostAsJsonAsync("/v3/auth/tokens", PasswordBody());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var token = response.Headers.GetValues("X-Subject-Token").Single();
        var body = await EmulatorFixture.JsonAsync(response);
        var expires = DateTimeOffset.Parse(body.GetProperty("token").GetProperty("expires_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(expires > DateTimeOffset.UtcNow.AddHours(1));
        Assert.EndsWith("Z", body.GetProperty("token").GetProperty("expires_at").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/{emulator.Options.HuaweiProjectId}/dev-servers/hyperinstance");
        request.Headers.TryAddWithoutValidation("X-Auth-Token", token);
        using var list = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Theory]
    [InlineData("emulator", "wrong", "emulator-domain", "0b1c7d0e5a8f4d2c9e3b6a1f4c2d8e7a")]
    [InlineData("other", "emulator-password", "emulator-domain", "0b1c7d0e5a8f4d2c9e3b6a1f4c2d8e7a")]
    [InlineData("emulator", "emulator-password", "other-domain", "0b1c7d0e5a8f4d2c9e3b6a1f4c2d8e7a")]
    [InlineData("emulator", "emulator-password", "emulator-domain", "ffffffffffffffffffffffffffffffff")]
    public async Task Iam_login_with_wrong_credentials_is_401(string user, string password, string domain, string project)
    {
        using var response = await emulator.Client.PostAsJsonAsync("/v3/auth/tokens", PasswordBody(user, password, domain, project));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Subject-Token"));
        Assert.StartsWith("IAM.", (await EmulatorFixture.JsonAsync(response)).GetProperty("error_code").GetString());
    }

    [Fact]
    public async Task Iam_login_with_a_malformed_body_is_400()
    {
        using var response = await emulator.Client.PostAsync("/v3/auth/tokens", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_iam_token_is_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/{emulator.Options.HuaweiProjectId}/dev-servers/hyperinstance");
        request.Headers.TryAddWithoutValidation("X-Auth-Token", "MIIEnotatoken");
        using var response = await emulator.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("APIGW.0301", (await EmulatorFixture.JsonAsync(response)).GetProperty("error_code").GetString());
    }

    [Fact]
    public async Task Document_record_is_present_verbatim()
    {
        var body = await ListAsync("?limit=1024");
        var record = body.GetProperty("data").EnumerateArray().Single(h => h.GetProperty("name").GetString() == "devserver-hps");
        Assert.Equal(
            """{"create_at":1731055875839,"hps_cluster_id":"42669b79-da2f-4482-ad40-22f50442c9e7","hps_id":"33806b62-1c7b-4781-8d2c-411a042b86b8","id":"b4beacb6-4380-448c-a218-daa82cf03f5d","name":"devserver-hps","order_id":"CS2411081650G9B6Z","servers":[{"charging_mode":"PRE_PAID","cloud_server":{"hps_id":"33806b62-1c7b-4781-8d2c-411a042b86b8","id":"50208d41-749e-4bce-95a9-47a850925d4e","type":"HPS"},"create_at":1731055875840,"endpoints":[{"service":"SSH","uri":"10.1.0.98"}],"flavor":"kat3ne-8.48xlarge.8.800t.matrix","id":"278d70a9-2049-450a-bf6d-db02fe9f6634","image":{"image_id":"86496e41-87c4-4779-9007-4f8f5c2a208f"},"key_pair_name":"KeyPair-hps","name":"devserver-hps-1","order_id":"CS2411081650G9B6Z","server_hps":{"id":"b4beacb6-4380-448c-a218-daa82cf03f5d","name":"devserver-hps"},"status":"RUNNING","update_at":1731209918651,"vpc_id":"7980ccf4-44d0-42cc-a844-42e035379a38"}],"status":"ACTIVE","update_at":1731209918651}""",
            JsonSerializer.Serialize(record));
    }

    [Fact]
    public async Task Generated_records_carry_every_documented_field_with_uuid_ids_and_epoch_ms()
    {
        var body = await ListAsync("?limit=1024");
        var uuid = "^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";
        var generated = body.GetProperty("data").EnumerateArray().Where(h => h.GetProperty("name").GetString() != "devserver-hps").ToArray();
        Assert.Equal(249, generated.Length);
        foreach (var h in generated)
        {
            Assert.Matches(uuid, h.GetProperty("id").GetString()!);
            Assert.Matches(uuid, h.GetProperty("hps_id").GetString()!);
            Assert.Matches(uuid, h.GetProperty("hps_cluster_id").GetString()!);
            Assert.Matches("^[a-zA-Z0-9]{1,64}$", h.GetProperty("order_id").GetString()!);
            Assert.Equal(JsonValueKind.Number, h.GetProperty("create_at").ValueKind);
            Assert.True(h.GetProperty("create_at").GetInt64() > 1_600_000_000_000);
            Assert.True(h.GetProperty("update_at").GetInt64() >= h.GetProperty("create_at").GetInt64());
            foreach (var s in h.GetProperty("servers").EnumerateArray())
            {
                foreach (var field in new[] { "category", "charging_mode", "cloud_server", "create_at", "endpoints", "endpoints_response", "flavor", "id", "image", "key_pair_name", "name", "order_id", "server_hps", "server_image_response", "status", "subnet_id", "update_at", "vpc_id" })
                {
                    Assert.True(s.TryGetProperty(field, out _), field);
                }
                Assert.Matches(uuid, s.GetProperty("id").GetString()!);
                Assert.Matches(uuid, s.GetProperty("vpc_id").GetString()!);
                Assert.Matches(uuid, s.GetProperty("subnet_id").GetString()!);
                Assert.Equal(h.GetProperty("id").GetString(), s.GetProperty("server_hps").GetProperty("id").GetString());
                Assert.Equal("HPS", s.GetProperty("cloud_server").GetProperty("type").GetString());
                Assert.Equal(JsonValueKind.Object, s.GetProperty("endpoints_response")[0].GetProperty("extensions").ValueKind);
                Assert.Equal(JsonValueKind.Array, s.GetProperty("endpoints_response")[0].GetProperty("ssh_keys").ValueKind);
                Assert.Matches(uuid, s.GetProperty("image").GetProperty("image_id").GetString()!);
                Assert.True(s.GetProperty("server_image_response").TryGetProperty("arch", out _));
            }
        }
    }

    [Fact]
    public async Task Default_page_is_ten_by_create_time_descending()
    {
        var body = await ListAsync("");
        Assert.Equal(0, body.GetProperty("current").GetInt32());
        Assert.Equal(10, body.GetProperty("size").GetInt32());
        Assert.Equal(250, body.GetProperty("total").GetInt64());
        Assert.Equal(25, body.GetProperty("pages").GetInt32());
        var ids = body.GetProperty("data").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToArray();
        Assert.Equal(emulator.Host.CurrentIds(Listing.ModelArtsHyperInstances).Take(10), ids);
    }

    [Theory]
    [InlineData("createTime", "ASC", "create_at")]
    [InlineData("createTime", "DESC", "create_at")]
    [InlineData("updateTime", "ASC", "update_at")]
    [InlineData("updateTime", "DESC", "update_at")]
    public async Task Sorting_follows_sort_key_and_sort_dir(string key, string dir, string field)
    {
        var body = await ListAsync($"?limit=1024&sort_key={key}&sort_dir={dir}");
        var values = body.GetProperty("data").EnumerateArray().Select(h => h.GetProperty(field).GetInt64()).ToArray();
        Assert.Equal(dir == "ASC" ? values.Order() : values.OrderDescending(), values);
    }

    [Fact]
    public async Task Record_offset_pages_cover_the_listing()
    {
        var seen = new List<string>();
        for (var offset = 0; offset < 250; offset += 100)
        {
            var body = await ListAsync($"?limit=100&offset={offset}");
            Assert.Equal(offset / 100, body.GetProperty("current").GetInt32());
            seen.AddRange(body.GetProperty("data").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
        }
        Assert.Equal(emulator.Host.CurrentIds(Listing.ModelArtsHyperInstances), seen);
        var odd = await ListAsync("?limit=3&offset=7");
        Assert.Equal(seen.Skip(7).Take(3), odd.GetProperty("data").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(0, (await ListAsync("?offset=250")).GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Page_index_offset_mode_treats_offset_as_a_page_number()
    {
        await using var paged = await EmulatorFixture.StartAsync(new EmulatorOptions { Items = 25, ModelArtsOffsetMode = ModelArtsOffsetMode.PageIndex });
        var seen = new List<string>();
        for (var page = 0; page < 3; page++)
        {
            using var response = await paged.ModelArtsGetAsync($"?limit=10&offset={page}");
            var body = await EmulatorFixture.JsonAsync(response);
            Assert.Equal(page, body.GetProperty("current").GetInt32());
            Assert.Equal(3, body.GetProperty("pages").GetInt32());
            seen.AddRange(body.GetProperty("data").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
        }
        Assert.Equal(paged.Host.CurrentIds(Listing.ModelArtsHyperInstances), seen);
    }

    [Theory]
    [InlineData("?limit=1")]
    [InlineData("?limit=1024")]
    public async Task Limit_bounds_are_accepted(string query) => Assert.NotEqual(0, (await ListAsync(query)).GetProperty("data").GetArrayLength());

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1025", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?offset=-1", "offset")]
    [InlineData("?offset=2147483648", "offset")]
    [InlineData("?offset=x", "offset")]
    [InlineData("?sort_key=name", "sort_key")]
    [InlineData("?sort_dir=UP", "sort_dir")]
    public async Task Bad_parameters_are_400_modelarts_0101(string query, string parameter)
    {
        using var response = await emulator.ModelArtsGetAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await EmulatorFixture.JsonAsync(response);
        Assert.Equal("ModelArts.0101", body.GetProperty("error_code").GetString());
        Assert.StartsWith(parameter, body.GetProperty("error_msg").GetString());
        Assert.True(response.Headers.Contains("X-Request-Id"));
    }

    [Fact]
    public async Task Unknown_project_is_404_modelarts_0104()
    {
        using var response = await emulator.ModelArtsGetAsync(projectId: "ffffffffffffffffffffffffffffffff");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ModelArts.0104", (await EmulatorFixture.JsonAsync(response)).GetProperty("error_code").GetString());
        Assert.True(response.Headers.Contains("X-Request-Id"));
    }

    [Fact]
    public async Task Every_answer_carries_a_unique_request_id()
    {
        var ids = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await emulator.ModelArtsGetAsync("?limit=1");
            Assert.True(ids.Add(ok.Headers.GetValues("X-Request-Id").Single()));
            using var denied = await emulator.Client.GetAsync($"/v1/{emulator.Options.HuaweiProjectId}/dev-servers/hyperinstance");
            Assert.True(ids.Add(denied.Headers.GetValues("X-Request-Id").Single()));
        }
    }
}
