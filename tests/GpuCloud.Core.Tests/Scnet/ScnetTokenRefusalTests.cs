using System.Net;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Scnet;
using GpuCloud.Core.Tests.Http;

namespace GpuCloud.Core.Tests.Scnet;

/// <summary>
/// The document names no code for a bad token: 10008 (权限不足) and 10009 (没有权限访问接口) are both rights refusals there.
/// Either one whose message is about the token refuses the token, which a signed-in source then replaces.
/// </summary>
public sealed class ScnetTokenRefusalTests
{
    private const string Detail = "{\"code\":\"0\",\"msg\":\"SUCCESS\",\"data\":{\"id\":\"c-1\"}}";

    private static CallContext Call() => new(new RequestOptions { MaxAttempts = 1 });

    [Theory]
    [InlineData("10008", "token expired")]
    [InlineData("10009", "token has expired")]
    public async Task A_refusal_naming_the_token_is_answered_by_a_new_token_and_the_request_again(string code, string msg)
    {
        var handler = new StubHandler()
            .Then(HttpStatusCode.OK, "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"data\":null}")
            .Then(HttpStatusCode.OK, Detail);
        var tokens = new RenewingTokenSource();
        var client = new ScnetClient(new ScnetConnection(new Uri("https://ai.example.com"), tokens), handler.Client);

        var instance = await client.GetContainerInstanceAsync("c-1", Call());

        Assert.Equal("c-1", instance.Id);
        Assert.Equal(1, tokens.Renewals);
        Assert.Equal(new[] { "old.a.b", "new.a.b" }, handler.Requests.Select(request => request.Request.Headers.GetValues("token").Single()));
    }

    [Theory]
    [InlineData("10008", "token expired", ErrorKind.Authentication)]
    [InlineData("10008", "权限不足", ErrorKind.PermissionDenied)]
    [InlineData("10009", "没有权限访问接口", ErrorKind.PermissionDenied)]
    public async Task Without_a_way_to_renew_the_refusal_is_reported_by_what_it_refused(string code, string msg, ErrorKind kind)
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"data\":null}");
        var client = new ScnetClient(new ScnetConnection(new Uri("https://ai.example.com"), new StaticScnetTokenSource(new ScnetToken(new SecretText("old.a.b")))), handler.Client);

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => client.GetNodeQuotaAsync("gpu", "TeslaM40", Call()));

        Assert.Equal((kind, code), (failure.Kind, failure.ProviderCode));
        Assert.Single(handler.Requests);
    }

    private sealed class RenewingTokenSource : IScnetTokenSource
    {
        public int Renewals { get; private set; }

        public bool CanRenew => true;

        public Task<ScnetToken> CurrentAsync(CallContext call) => Task.FromResult(new ScnetToken(new SecretText("old.a.b")));

        public Task<ScnetToken> RenewAsync(ScnetToken refused, CallContext call)
        {
            Renewals++;
            return Task.FromResult(new ScnetToken(new SecretText("new.a.b")));
        }
    }
}
