using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;
using GpuCloud.Core.Scnet;
using GpuCloud.Core.Tests.Http;

namespace GpuCloud.Core.Tests.Scnet;

/// <summary>A SCNet client over a scripted handler, with a fixed token, and a call that tries once.</summary>
internal static class StubScnet
{
    public static ScnetClient Client(StubHandler handler, string aiBase = "https://ai.example.com", string token = "a.b.c") =>
        new(new ScnetConnection(new Uri(aiBase), new StaticScnetTokenSource(new ScnetToken(new SecretText(token)))), handler.Client);

    public static CallContext CallOnce() => new(new RequestOptions { MaxAttempts = 1 });
}
