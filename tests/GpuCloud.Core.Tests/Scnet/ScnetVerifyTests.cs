using System.Net;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Scnet;
using GpuCloud.Core.Tests.Http;

namespace GpuCloud.Core.Tests.Scnet;

/// <summary>Connect-GpuCloud's check of a SCNet token accepts any answer about the probe instance, and only that.</summary>
public sealed class ScnetVerifyTests
{
    private static ScnetClient Client(StubHandler handler) => StubScnet.Client(handler);

    private static CallContext Call() => StubScnet.CallOnce();

    [Theory]
    [InlineData(HttpStatusCode.OK, "{\"code\":\"10004\",\"msg\":\"instance not found\",\"data\":null}")]
    [InlineData(HttpStatusCode.OK, "{\"code\":\"10001\",\"msg\":\"internal error\",\"data\":null}")]
    [InlineData(HttpStatusCode.NotFound, "{\"code\":\"404\",\"msg\":\"not found\"}")]
    [InlineData(HttpStatusCode.OK, "{\"code\":\"0\",\"msg\":\"ok\",\"data\":{\"id\":\"00000000000000000000000000000000\"}}")]
    [InlineData(HttpStatusCode.OK, "{\"code\":\"0\",\"msg\":\"SUCCESS\",\"data\":null}")]
    [InlineData(HttpStatusCode.OK, "{\"code\":200,\"msg\":\"success\"}")]
    public async Task An_answer_about_the_instance_means_the_token_is_accepted(HttpStatusCode status, string body) =>
        await Client(new StubHandler().Then(status, body)).VerifyAsync(Call());

    [Theory]
    [InlineData(HttpStatusCode.OK, "{\"code\":\"10009\",\"msg\":\"token is invalid\",\"data\":null}", ErrorKind.Authentication)]
    [InlineData(HttpStatusCode.OK, "{\"code\":\"10008\",\"msg\":\"insufficient permission\",\"data\":null}", ErrorKind.PermissionDenied)]
    [InlineData(HttpStatusCode.Unauthorized, "{}", ErrorKind.Authentication)]
    [InlineData(HttpStatusCode.InternalServerError, "{}", ErrorKind.Unavailable)]
    [InlineData(HttpStatusCode.OK, "{\"code\":\"0\",\"msg\":\"SUCCESS\",\"data\":", ErrorKind.InvalidResponse)]
    public async Task Refused_credentials_and_an_unavailable_service_fail_the_check(HttpStatusCode status, string body, ErrorKind kind)
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => Client(new StubHandler().Then(status, body)).VerifyAsync(Call()));

        Assert.Equal(kind, failure.Kind);
    }
}
