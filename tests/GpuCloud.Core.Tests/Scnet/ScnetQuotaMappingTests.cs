using System.Net;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Scnet;
using GpuCloud.Core.Tests.Http;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Scnet;

/// <summary>Every field of the documented node quota reaches its property, whatever the wire's spelling of it.</summary>
public sealed class ScnetQuotaMappingTests
{
    /// <summary>The document's own example answer, word for word.</summary>
    private const string DocumentExample = """
        {"code":"0",
        "msg":"success",
        "data":
        {"id":null,
        "cpuNumber":40,
        "mluLimits":0,
        "dcuLimits":0,
        "nvLimits":0,
        "gpuNumber":2,
        "memorySize":31888,
        "resourceGroup":"TeslaM40",
        "userName":null,
        "nodeNumber":1,
        "maxTime":"unlimited"}
        }
        """;

    internal static async Task<(NodeQuota Quota, RecordingDiagnostics Diagnostics)> QuotaAsync(string answer, string acceleratorType = "gpu")
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, answer);
        var client = StubScnet.Client(handler, token: "t");
        var diagnostics = new RecordingDiagnostics();
        var quota = await client.GetNodeQuotaAsync(acceleratorType, "TeslaM40", new CallContext(new RequestOptions { MaxAttempts = 1 }, diagnostics));
        return (quota, diagnostics);
    }

    private static Task<(NodeQuota Quota, RecordingDiagnostics Diagnostics)> ReadAsync(string data, string acceleratorType = "gpu") =>
        QuotaAsync("{\"code\":\"0\",\"msg\":\"success\",\"data\":" + data + "}", acceleratorType);

    [Fact]
    public async Task Every_documented_field_is_mapped()
    {
        var (quota, diagnostics) = await ReadAsync("""
            {"id":"q-1","cpuNumber":40,"mluLimits":1,"dcuLimits":"4","nvLimits":8,"gpuNumber":"2","memorySize":5000000000,
             "resourceGroup":"TeslaM40","userName":"magic2","nodeNumber":3,"maxTime":"72h"}
            """, "dcu");

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(CloudProvider.Scnet, quota.Provider);
        Assert.Equal("dcu", quota.AcceleratorType);
        Assert.Equal("q-1", quota.Id);
        Assert.Equal(40, quota.CpuNumber);
        Assert.Equal(1, quota.MluLimits);
        Assert.Equal(4, quota.DcuLimits);
        Assert.Equal(8, quota.NvLimits);
        Assert.Equal(2, quota.GpuNumber);
        Assert.Equal(5000000000L, quota.MemorySize);
        Assert.Equal("TeslaM40", quota.ResourceGroup);
        Assert.Equal("magic2", quota.UserName);
        Assert.Equal(3, quota.NodeNumber);
        Assert.Equal("72h", quota.MaxTime);
    }

    [Fact]
    public async Task The_documents_example_reads_with_nulls_as_no_value()
    {
        var (quota, diagnostics) = await QuotaAsync(DocumentExample);

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(("gpu", "TeslaM40"), (quota.AcceleratorType, quota.ResourceGroup));
        Assert.Null(quota.Id);
        Assert.Null(quota.UserName);
        Assert.Equal((40, 0, 0, 0, 2), (quota.CpuNumber, quota.MluLimits, quota.DcuLimits, quota.NvLimits, quota.GpuNumber));
        Assert.Equal(31888L, quota.MemorySize);
        Assert.Equal(1, quota.NodeNumber);
        Assert.Equal("unlimited", quota.MaxTime);
    }

    [Fact]
    public async Task The_accelerator_type_is_the_one_asked_for_even_when_the_answer_names_another()
    {
        var (quota, diagnostics) = await ReadAsync("""{"acceleratorType":"dcu","resourceGroup":"TeslaM40"}""", "gpu");

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal("gpu", quota.AcceleratorType);
    }

    [Fact]
    public async Task Names_match_whatever_their_case_or_escaping_and_unknown_fields_are_ignored()
    {
        var (quota, diagnostics) = await ReadAsync("""
            {"extra":{"cpuNumber":1,"resourceGroup":"not-this"},"CPUNUMBER":"40","MemorySize":"31888.0","\u0072esourceGroup":"TeslaM40","nvlimits":2,"MAX\u0054ime":"--","list":[{"id":"no"}]}
            """);

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(40, quota.CpuNumber);
        Assert.Equal(31888L, quota.MemorySize);
        Assert.Equal("TeslaM40", quota.ResourceGroup);
        Assert.Equal(2, quota.NvLimits);
        Assert.Equal("--", quota.MaxTime);
        Assert.Null(quota.Id);
    }

    [Fact]
    public async Task Missing_null_and_blank_fields_are_empty_without_warnings()
    {
        var (nulls, nullDiagnostics) = await ReadAsync("""
            {"id":null,"cpuNumber":null,"mluLimits":"","dcuLimits":"--","nvLimits":null,"gpuNumber":" ","memorySize":null,"resourceGroup":null,"userName":null,"nodeNumber":"--","maxTime":null}
            """);
        var (empty, emptyDiagnostics) = await ReadAsync("{}");

        Assert.Empty(nullDiagnostics.Warnings.Concat(emptyDiagnostics.Warnings));
        foreach (var quota in new[] { nulls, empty })
        {
            Assert.Equal(CloudProvider.Scnet, quota.Provider);
            Assert.Equal("gpu", quota.AcceleratorType);
            Assert.Null(quota.Id);
            Assert.Null(quota.CpuNumber);
            Assert.Null(quota.MluLimits);
            Assert.Null(quota.DcuLimits);
            Assert.Null(quota.NvLimits);
            Assert.Null(quota.GpuNumber);
            Assert.Null(quota.MemorySize);
            Assert.Null(quota.ResourceGroup);
            Assert.Null(quota.UserName);
            Assert.Null(quota.NodeNumber);
            Assert.Null(quota.MaxTime);
        }
    }

    [Fact]
    public async Task An_unreadable_field_is_empty_and_the_warning_names_the_quota_by_its_resource_group_even_when_it_comes_last()
    {
        var (quota, diagnostics) = await ReadAsync("""
            {"cpuNumber":"forty","memorySize":"31.5","nodeNumber":true,"maxTime":{},"userName":["a"],"gpuNumber":3000000000,"mluLimits":0,"resourceGroup":"TeslaM40"}
            """);

        Assert.Null(quota.CpuNumber);
        Assert.Null(quota.MemorySize);
        Assert.Null(quota.NodeNumber);
        Assert.Null(quota.MaxTime);
        Assert.Null(quota.UserName);
        Assert.Null(quota.GpuNumber);
        Assert.Equal(0, quota.MluLimits);
        Assert.Equal(
            new[]
            {
                "SCNet node quota 'TeslaM40': field 'cpuNumber' should be a whole number but the server sent 'forty'; it is left empty.",
                "SCNet node quota 'TeslaM40': field 'gpuNumber' should be a 32-bit whole number but the server sent '3000000000'; it is left empty.",
                "SCNet node quota 'TeslaM40': field 'maxTime' should be text but the server sent an object; it is left empty.",
                "SCNet node quota 'TeslaM40': field 'memorySize' should be a whole number but the server sent '31.5'; it is left empty.",
                "SCNet node quota 'TeslaM40': field 'nodeNumber' should be a whole number but the server sent 'true'; it is left empty.",
                "SCNet node quota 'TeslaM40': field 'userName' should be text but the server sent an array; it is left empty.",
            },
            diagnostics.Warnings.OrderBy(w => w, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_quota_without_a_resource_group_is_named_by_its_kind_and_one_of_the_wrong_shape_by_what_came()
    {
        var (unnamed, unnamedDiagnostics) = await ReadAsync("""{"id":"q-2","dcuLimits":"x"}""");
        var (misnamed, misnamedDiagnostics) = await ReadAsync("""{"resourceGroup":["TeslaM40"],"cpuNumber":40}""");

        Assert.Equal(
            new[] { "SCNet node quota: field 'dcuLimits' should be a whole number but the server sent 'x'; it is left empty." },
            unnamedDiagnostics.Warnings);
        Assert.Null(misnamed.ResourceGroup);
        Assert.Equal(40, misnamed.CpuNumber);
        Assert.Equal(
            new[] { "SCNet node quota 'an array': field 'resourceGroup' should be text but the server sent an array; it is left empty." },
            misnamedDiagnostics.Warnings);
    }

    /// <summary>
    /// The quota is documented (and seen) as one object. Unlike the sign-in and service-centre answers, whose
    /// <c>data</c> is read as a list or a single object, a list here has never been read: it makes the answer unreadable.
    /// </summary>
    [Theory]
    [InlineData("[{\"resourceGroup\":\"TeslaM40\",\"cpuNumber\":40}]")]
    [InlineData("[]")]
    [InlineData("\"TeslaM40\"")]
    [InlineData("40")]
    public async Task Data_that_is_no_object_makes_the_answer_unreadable(string data)
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => ReadAsync(data));

        Assert.Equal(ErrorKind.InvalidResponse, failure.Kind);
        Assert.StartsWith("SCNet GetNodeQuota failed: HTTP 200, the answer could not be read as JSON (", failure.Message);
    }
}
