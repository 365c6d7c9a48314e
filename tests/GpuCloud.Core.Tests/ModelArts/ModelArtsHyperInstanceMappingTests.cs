using System.Net;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.ModelArts;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Tests.Http;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.ModelArts;

/// <summary>Every field of the documented hyperinstance record reaches its property, whatever the wire's spelling of it.</summary>
public sealed class ModelArtsHyperInstanceMappingTests
{
    private const string DocumentedRecord = """
        {"create_at":1731055875839,"hps_cluster_id":"42669b79-da2f-4482-ad40-22f50442c9e7","hps_id":"33806b62-1c7b-4781-8d2c-411a042b86b8",
         "id":"b4beacb6-4380-448c-a218-daa82cf03f5d","name":"devserver-hps","order_id":"CS2411081650G9B6Z","status":"ACTIVE","update_at":"1731209918651",
         "servers":[
           {"create_at":1731055875840,"update_at":1731209918652,"charging_mode":"PRE_PAID",
            "cloud_server":{"id":"50208d41-749e-4bce-95a9-47a850925d4e","type":"HPS","hps_id":"33806b62-1c7b-4781-8d2c-411a042b86b8","hps_ecs_id":"ecs-1"},
            "endpoints_response":[{"allowed_access_ips":["1.2.3.4","5.6.7.8"],"dev_service":"SSH","extensions":{"url":"https://x.example.com","port":22},"ssh_keys":["KeyPair-hps"]}],
            "flavor":"kat3ne-8.48xlarge.8.800t.matrix","id":"278d70a9-2049-450a-bf6d-db02fe9f6634","key_pair_name":"KeyPair-hps","name":"devserver-hps-1",
            "order_id":"CS2411081650G9B6Y",
            "server_image_response":{"arch":"aarch64","image_id":"86496e41-87c4-4779-9007-4f8f5c2a208f","name":"EulerOS","server_type":"BMS","status":"ACTIVE"},
            "status":"RUNNING","vpc_id":"7980ccf4-44d0-42cc-a844-42e035379a38",
            "endpoints":[{"allowed_access_ips":["9.9.9.9"],"dev_service":"NOTEBOOK","ssh_keys":["k2","k3"],"service":"SSH","uri":"10.1.0.98"}],
            "image":{"arch":"x86_64","image_id":"img-2","name":"Ubuntu","server_type":"ECS","status":"FROZEN"},
            "category":"HPS","server_hps":{"id":"b4beacb6-4380-448c-a218-daa82cf03f5d","name":"devserver-hps"},"subnet_id":"subnet-1"},
           {"id":"s-2","name":"devserver-hps-2"}]}
        """;

    private static ModelArtsClient Client(StubHandler handler) =>
        new(new ModelArtsConnection(new Uri("https://modelarts.example.com"), "0123456789abcdef0123456789abcdef", new AkSkAuthorizer(new SecretText("ak"), new SecretText("sk"))), handler.Client);

    private static async Task<(List<HyperInstance> Items, RecordingDiagnostics Diagnostics)> ListAsync(string records, string total)
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, "{\"current\":0,\"data\":[" + records + "],\"pages\":1,\"size\":10,\"total\":" + total + "}");
        var diagnostics = new RecordingDiagnostics();
        var items = await Client(handler).ListHyperInstancesAsync(new HyperInstanceQuery(), new PagingOptions(10), new CallContext(new RequestOptions { MaxAttempts = 1 }, diagnostics)).ToListAsync();
        return (items, diagnostics);
    }

    [Fact]
    public async Task Every_documented_field_is_mapped()
    {
        var (items, diagnostics) = await ListAsync(DocumentedRecord, "1");

        var instance = Assert.Single(items);
        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(CloudProvider.ModelArts, instance.Provider);
        Assert.Equal("b4beacb6-4380-448c-a218-daa82cf03f5d", instance.Id);
        Assert.Equal("devserver-hps", instance.Name);
        Assert.Equal("ACTIVE", instance.Status);
        Assert.Equal("42669b79-da2f-4482-ad40-22f50442c9e7", instance.HpsClusterId);
        Assert.Equal("33806b62-1c7b-4781-8d2c-411a042b86b8", instance.HpsId);
        Assert.Equal("CS2411081650G9B6Z", instance.OrderId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1731055875839), instance.CreateAt);
        Assert.Equal(TimeSpan.Zero, instance.CreateAt!.Value.Offset);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1731209918651), instance.UpdateAt);
        Assert.Equal(2, instance.ServerCount);
        Assert.Equal(new[] { "278d70a9-2049-450a-bf6d-db02fe9f6634", "s-2" }, instance.Servers.Select(s => s.Id));

        var server = instance.Servers[0];
        Assert.Equal("devserver-hps-1", server.Name);
        Assert.Equal("RUNNING", server.Status);
        Assert.Equal("kat3ne-8.48xlarge.8.800t.matrix", server.Flavor);
        Assert.Equal("PRE_PAID", server.ChargingMode);
        Assert.Equal("HPS", server.Category);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1731055875840), server.CreateAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1731209918652), server.UpdateAt);
        var cloud = server.CloudServer!;
        Assert.Equal(("50208d41-749e-4bce-95a9-47a850925d4e", "HPS", "33806b62-1c7b-4781-8d2c-411a042b86b8", "ecs-1"), (cloud.Id, cloud.Type, cloud.HpsId, cloud.HpsEcsId));
        var access = Assert.Single(server.EndpointsResponse);
        Assert.Equal(new[] { "1.2.3.4", "5.6.7.8" }, access.AllowedAccessIps);
        Assert.Equal("SSH", access.DevService);
        Assert.Equal(new[] { new KeyValuePair<string, string?>("url", "https://x.example.com"), new KeyValuePair<string, string?>("port", "22") }, access.Extensions);
        Assert.Equal(new[] { "KeyPair-hps" }, access.SshKeys);
        var endpoint = Assert.Single(server.Endpoints);
        Assert.Equal(new[] { "9.9.9.9" }, endpoint.AllowedAccessIps);
        Assert.Equal("NOTEBOOK", endpoint.DevService);
        Assert.Equal(new[] { "k2", "k3" }, endpoint.SshKeys);
        Assert.Equal(("SSH", "10.1.0.98"), (endpoint.Service, endpoint.Uri));
        var imageResponse = server.ServerImageResponse!;
        Assert.Equal(("aarch64", "86496e41-87c4-4779-9007-4f8f5c2a208f", "EulerOS", "BMS", "ACTIVE"), (imageResponse.Arch, imageResponse.ImageId, imageResponse.Name, imageResponse.ServerType, imageResponse.Status));
        var image = server.Image!;
        Assert.Equal(("x86_64", "img-2", "Ubuntu", "ECS", "FROZEN"), (image.Arch, image.ImageId, image.Name, image.ServerType, image.Status));
        Assert.Equal("KeyPair-hps", server.KeyPairName);
        Assert.Equal("CS2411081650G9B6Y", server.OrderId);
        Assert.Equal(("b4beacb6-4380-448c-a218-daa82cf03f5d", "devserver-hps"), (server.ServerHps!.Id, server.ServerHps.Name));
        Assert.Equal("7980ccf4-44d0-42cc-a844-42e035379a38", server.VpcId);
        Assert.Equal("subnet-1", server.SubnetId);

        var bare = instance.Servers[1];
        Assert.Equal("devserver-hps-2", bare.Name);
        Assert.Null(bare.CloudServer);
        Assert.Empty(bare.Endpoints);
        Assert.Empty(bare.EndpointsResponse);
    }

    [Fact]
    public async Task Names_match_whatever_their_case_or_escaping_and_unknown_fields_are_ignored()
    {
        const string record = """
            {"extra":{"id":"not-this","servers":[{"id":"nor-this"}]},"ID":"hi-2","Name":"x","\u0068ps_cluster_id":"c-1","CREATE_AT":1000,
             "SERVERS":[{"Id":"s-1","Cloud_Server":{"TYPE":"HPS","more":{"id":"no"}},"Endpoints_Response":[{"Extensions":{"Mixed_Key":"v"},"SSH_KEYS":["k"],"x":[]}],
                         "Server_Hps":{"NAME":"h"},"IMAGE":{"Image_Id":"i-1"},"unknown":[[{}]]}],"tail":[{"id":"nor-this"}]}
            """;

        var (items, diagnostics) = await ListAsync(record, "1");

        var instance = Assert.Single(items);
        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(("hi-2", "x", "c-1"), (instance.Id, instance.Name, instance.HpsClusterId));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1000), instance.CreateAt);
        var server = Assert.Single(instance.Servers);
        Assert.Equal(("s-1", "HPS", "h", "i-1"), (server.Id, server.CloudServer!.Type, server.ServerHps!.Name, server.Image!.ImageId));
        var access = Assert.Single(server.EndpointsResponse);
        Assert.Equal("v", access.Extensions["Mixed_Key"]);
        Assert.Equal(new[] { "k" }, access.SshKeys);
    }

    [Fact]
    public async Task Missing_and_null_fields_are_empty_without_warnings()
    {
        const string records = """
            {"id":"hi-3","servers":null,"create_at":null,"update_at":0,"name":null,"status":"","order_id":"--"},
            {"id":"hi-4","servers":[null,{"cloud_server":null,"endpoints_response":[null,{"extensions":null,"allowed_access_ips":null,"ssh_keys":[null,"k"],"dev_service":null}],
                                     "endpoints":null,"image":null,"server_image_response":null,"server_hps":null,"create_at":0,"name":null}]},
            {"id":"hi-5"}
            """;

        var (items, diagnostics) = await ListAsync(records, "3");

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(new[] { "hi-3", "hi-4", "hi-5" }, items.Select(i => i.Id));
        Assert.All(items, instance =>
        {
            Assert.Null(instance.Name);
            Assert.Null(instance.HpsClusterId);
            Assert.Null(instance.HpsId);
            Assert.Null(instance.CreateAt);
            Assert.Null(instance.UpdateAt);
        });
        Assert.Equal("", items[0].Status);
        Assert.Equal("--", items[0].OrderId);
        Assert.Empty(items[0].Servers);
        Assert.Equal(0, items[0].ServerCount);
        Assert.Empty(items[2].Servers);

        var server = Assert.Single(items[1].Servers);
        Assert.Equal(1, items[1].ServerCount);
        Assert.Null(server.CloudServer);
        Assert.Null(server.Image);
        Assert.Null(server.ServerImageResponse);
        Assert.Null(server.ServerHps);
        Assert.Null(server.CreateAt);
        Assert.Null(server.Name);
        Assert.Empty(server.Endpoints);
        var access = Assert.Single(server.EndpointsResponse);
        Assert.Empty(access.Extensions);
        Assert.Empty(access.AllowedAccessIps);
        Assert.Equal(new[] { "k" }, access.SshKeys);
        Assert.Null(access.DevService);
    }

    [Fact]
    public async Task An_unreadable_field_is_empty_and_the_warning_names_the_record_even_when_its_id_comes_last()
    {
        const string records = """
            {"create_at":"soon","servers":[{"cloud_server":"x","endpoints":[{"uri":{},"ssh_keys":"k","service":"SSH"}],
                                            "endpoints_response":[{"extensions":{"url":["a"],"port":"22"},"allowed_access_ips":{"ip":"1"}}],
                                            "image":[1],"server_hps":{"name":{}},"update_at":true}],"status":[],"id":"hi-6"},
            {"servers":"none","id":"hi-7"}
            """;

        var (items, diagnostics) = await ListAsync(records, "2");

        Assert.Equal(2, items.Count);
        Assert.Null(items[0].CreateAt);
        Assert.Null(items[0].Status);
        var server = Assert.Single(items[0].Servers);
        Assert.Null(server.CloudServer);
        Assert.Null(server.Image);
        Assert.Null(server.UpdateAt);
        Assert.Null(server.ServerHps!.Name);
        Assert.Null(server.Endpoints[0].Uri);
        Assert.Empty(server.Endpoints[0].SshKeys);
        Assert.Equal("SSH", server.Endpoints[0].Service);
        Assert.Empty(server.EndpointsResponse[0].AllowedAccessIps);
        Assert.Equal(new[] { new KeyValuePair<string, string?>("url", null), new KeyValuePair<string, string?>("port", "22") }, server.EndpointsResponse[0].Extensions);
        Assert.Empty(items[1].Servers);
        Assert.Equal(
            new[]
            {
                "ModelArts hyperinstance 'hi-6': field 'create_at' should be a whole number but the server sent 'soon'; it is left empty.",
                "ModelArts hyperinstance 'hi-6': field 'servers.cloud_server' should be an object but the server sent a string; it is left empty.",
                "ModelArts hyperinstance 'hi-6': field 'servers.endpoints.ssh_keys' should be a list but the server sent a string; it is left empty.",
                "ModelArts hyperinstance 'hi-6': field 'servers.endpoints.uri' should be text but the server sent an object; it is left empty.",
                "ModelArts hyperinstance 'hi-6': field 'servers.endpoints_response.allowed_access_ips' should be a list but the server sent an object; it is left empty.",
                "ModelArts hyperinstance 'hi-6': field 'servers.endpoints_response.extensions.url' should be text but the server sent an array; it is left empty.",
                "ModelArts hyperinstance 'hi-6': field 'servers.image' should be an object but the server sent an array; it is left empty.",
                "ModelArts hyperinstance 'hi-6': field 'servers.server_hps.name' should be text but the server sent an object; it is left empty.",
                "ModelArts hyperinstance 'hi-6': field 'servers.update_at' should be a whole number but the server sent 'true'; it is left empty.",
                "ModelArts hyperinstance 'hi-6': field 'status' should be text but the server sent an array; it is left empty.",
                "ModelArts hyperinstance 'hi-7': field 'servers' should be a list but the server sent a string; it is left empty.",
            },
            diagnostics.Warnings.OrderBy(w => w, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{\"servers\":[{\"endpoints\":[{\"ssh_keys\":[\"k\",7]}]}]}")]
    [InlineData("{\"servers\":[{\"endpoints_response\":[{\"allowed_access_ips\":[{\"ip\":\"1\"}]}]}]}")]
    [InlineData("{\"servers\":[{\"endpoints_response\":[{\"extensions\":\"url=x\"}]}]}")]
    public async Task A_list_of_texts_holding_something_else_or_extensions_that_are_no_map_make_the_page_unreadable(string record)
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => ListAsync(record, "1"));

        Assert.Equal(ErrorKind.InvalidResponse, failure.Kind);
        Assert.Contains("ModelArts ListHyperInstances", failure.Message);
    }

    [Fact]
    public async Task An_id_of_the_wrong_shape_is_empty_and_the_record_is_named_by_what_came_as_before()
    {
        var (items, diagnostics) = await ListAsync("""{"name":"x","id":["hi-8"]}""", "1");

        Assert.Null(Assert.Single(items).Id);
        Assert.Equal(
            new[] { "ModelArts hyperinstance 'an array': field 'id' should be text but the server sent an array; it is left empty." },
            diagnostics.Warnings);
    }
}
