using GpuCloud.Core.Errors;

namespace GpuCloud.Core.Tests.Scnet;

/// <summary>The envelope around the container detail and the quota: business codes, success without data, and no warnings from an answer that failed.</summary>
public sealed class ScnetAnswerTests
{
    [Theory]
    [InlineData("10001", "内部异常", ErrorKind.Unavailable)]
    [InlineData("10003", "参数不全", ErrorKind.InvalidArgument)]
    [InlineData("10004", "参数无效", ErrorKind.NotFound)]
    [InlineData("10007", "用户已被冻结", ErrorKind.PermissionDenied)]
    [InlineData("10008", "权限不足", ErrorKind.PermissionDenied)]
    [InlineData("10009", "没有权限访问接口", ErrorKind.PermissionDenied)]
    [InlineData("10009", "token is invalid", ErrorKind.Authentication)]
    [InlineData("10010", "文件校验失败", ErrorKind.InvalidArgument)]
    [InlineData("10011", "文件过大", ErrorKind.InvalidArgument)]
    [InlineData("10012", "连接中断", ErrorKind.Unavailable)]
    [InlineData("99999", "其他", ErrorKind.Failed)]
    public async Task A_business_code_is_the_error_it_stands_for_whatever_data_came(string code, string msg, ErrorKind kind)
    {
        var answer = "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"data\":{\"id\":\"c-1\",\"cpuNumber\":\"x\",\"resourceGroup\":\"g\"}}";

        var container = await Assert.ThrowsAsync<GpuCloudApiException>(() => ScnetContainerMappingTests.DetailAsync(answer));
        var quota = await Assert.ThrowsAsync<GpuCloudApiException>(() => ScnetQuotaMappingTests.QuotaAsync(answer));

        Assert.Equal((kind, code, msg), (container.Kind, container.ProviderCode, container.ProviderMessage));
        Assert.Equal((kind, code, msg), (quota.Kind, quota.ProviderCode, quota.ProviderMessage));
        Assert.Equal("SCNet GetContainerInstance failed: code " + code + ", " + msg + ".", container.Message);
        Assert.Equal("SCNet GetNodeQuota failed: code " + code + ", " + msg + ".", quota.Message);
    }

    [Fact]
    public async Task A_business_error_with_null_data_is_reported_and_an_answer_without_a_code_too()
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => ScnetContainerMappingTests.DetailAsync("{\"code\":\"10004\",\"msg\":\"参数无效\",\"data\":null}"));
        var noCode = await Assert.ThrowsAsync<GpuCloudApiException>(() => ScnetQuotaMappingTests.QuotaAsync("{\"msg\":\"?\",\"data\":{\"cpuNumber\":1}}"));

        Assert.Equal((ErrorKind.NotFound, "10004"), (failure.Kind, failure.ProviderCode));
        Assert.Equal((ErrorKind.Failed, "NoCode"), (noCode.Kind, noCode.ProviderCode));
    }

    [Theory]
    [InlineData("\"0\"")]
    [InlineData("0")]
    [InlineData("\" 0 \"")]
    [InlineData("\"200\"")]
    [InlineData("200")]
    public async Task Codes_0_and_200_in_any_form_are_success(string code)
    {
        var (instance, _) = await ScnetContainerMappingTests.DetailAsync("{\"code\":" + code + ",\"msg\":\"SUCCESS\",\"data\":{\"id\":\"c-1\"}}");
        var (quota, _) = await ScnetQuotaMappingTests.QuotaAsync("{\"data\":{\"cpuNumber\":40},\"msg\":\"success\",\"code\":" + code + "}");

        Assert.Equal("c-1", instance.Id);
        Assert.Equal(40, quota.CpuNumber);
    }

    [Theory]
    [InlineData("{\"code\":\"0\",\"msg\":\"SUCCESS\",\"data\":null}")]
    [InlineData("{\"code\":\"0\",\"msg\":\"SUCCESS\"}")]
    public async Task Success_without_data_is_an_unreadable_answer(string answer)
    {
        var container = await Assert.ThrowsAsync<GpuCloudApiException>(() => ScnetContainerMappingTests.DetailAsync(answer));
        var quota = await Assert.ThrowsAsync<GpuCloudApiException>(() => ScnetQuotaMappingTests.QuotaAsync(answer));

        Assert.Equal(ErrorKind.InvalidResponse, container.Kind);
        Assert.Equal("SCNet GetContainerInstance failed: HTTP 200, code 0, the answer reported success but held no data.", container.Message);
        Assert.Equal(ErrorKind.InvalidResponse, quota.Kind);
        Assert.Equal("SCNet GetNodeQuota failed: HTTP 200, code 0, the answer reported success but held no data.", quota.Message);
    }

    [Fact]
    public async Task The_envelopes_names_match_whatever_their_case_and_unknown_envelope_fields_are_ignored()
    {
        var (instance, diagnostics) = await ScnetContainerMappingTests.DetailAsync("{\"CODE\":\"0\",\"Msg\":\"ok\",\"traceId\":{\"data\":1},\"DATA\":{\"id\":\"c-2\"}}");

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal("c-2", instance.Id);
    }
}
