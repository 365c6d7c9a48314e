using GpuCloud.Emulator.Auth;
using GpuCloud.Emulator.Json;
using GpuCloud.Emulator.Models.Scnet;

namespace GpuCloud.Emulator.Routes;

/// <summary>SCNet / Sugon AC: tokens and service centre (/ac), container detail and node quota (/ai).</summary>
internal sealed class ScnetRoutes(EmulatorRuntime runtime)
{
    public const string TokensPath = "/ac/openapi/v2/tokens";
    public const string RenewTokenPath = "/ac/openapi/v2/tokens/next";
    public const string CenterPath = "/ac/openapi/v2/center";
    public const string ContainerDetailPath = "/ai/openapi/v2/instance-service/{id}/detail";
    public const string NodeQuotaPath = "/ai/openapi/v2/instance-service/resources";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(TokensPath, IssueTokensAsync);
        routes.MapPost(RenewTokenPath, RenewTokenAsync);
        routes.MapGet(CenterPath, GetCenterAsync);
        routes.MapGet(ContainerDetailPath, GetContainerAsync);
        routes.MapGet(NodeQuotaPath, GetNodeQuotaAsync);
    }

    /// <summary>One token per cluster, including the platform token (clusterId "0").</summary>
    private Task IssueTokensAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        var options = runtime.Options;
        foreach (var name in new[] { "user", "password", "orgId" })
        {
            if (string.IsNullOrEmpty(headers[name].ToString()))
            {
                return ProviderErrors.ScnetAsync(context, "10003", $"missing header: {name}");
            }
        }
        if (headers["user"].ToString() != options.ScnetUser
            || headers["password"].ToString() != options.ScnetPassword
            || headers["orgId"].ToString() != options.ScnetOrgId)
        {
            return ProviderErrors.ScnetAsync(context, "10008", "authentication failed: wrong user, password or orgId");
        }

        IReadOnlyList<ScnetClusterToken> tokens = ScnetCluster.All
            .Select(c => new ScnetClusterToken { ClusterId = c.Id, ClusterName = c.Name, Token = runtime.ScnetTokens.Issue(c.Id) })
            .ToArray();
        return JsonResponses.WriteAsync(context, 200, new ScnetEnvelope<IReadOnlyList<ScnetClusterToken>> { Code = "0", Msg = "success", Data = tokens },
            WireJson.Scnet.ScnetEnvelopeIReadOnlyListScnetClusterToken);
    }

    private async Task RenewTokenAsync(HttpContext context)
    {
        var payload = await AuthenticateAsync(context, allowPlatformToken: true);
        if (payload is null)
        {
            return;
        }
        var renewed = new ScnetClusterToken
        {
            ClusterId = payload.ClusterId,
            ClusterName = ScnetCluster.NameOf(payload.ClusterId),
            Token = runtime.ScnetTokens.Issue(payload.ClusterId),
        };
        await JsonResponses.WriteAsync(context, 200, new ScnetEnvelope<ScnetClusterToken> { Code = "0", Msg = "success", Data = renewed },
            WireJson.Scnet.ScnetEnvelopeScnetClusterToken);
    }

    /// <summary><c>data</c> is a single object; the first aiUrl is disabled, the second points back at this emulator.</summary>
    private async Task GetCenterAsync(HttpContext context)
    {
        var payload = await AuthenticateAsync(context, allowPlatformToken: true);
        if (payload is null)
        {
            return;
        }
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        var center = new ScnetCenter
        {
            ClusterId = payload.ClusterId,
            ClusterName = ScnetCluster.NameOf(payload.ClusterId),
            HpcUrls = [new ScnetServiceUrl { Url = $"{baseUrl}/hpc", Enable = "true" }],
            AiUrls =
            [
                new ScnetServiceUrl { Url = "http://unused.invalid/ai", Enable = "false" },
                new ScnetServiceUrl { Url = $"{baseUrl}/ai", Enable = "true" },
            ],
            EfileUrls = [new ScnetServiceUrl { Url = $"{baseUrl}/efile", Enable = "true" }],
        };
        await JsonResponses.WriteAsync(context, 200, new ScnetEnvelope<ScnetCenter> { Code = "0", Msg = "success", Data = center },
            WireJson.Scnet.ScnetEnvelopeScnetCenter);
    }

    private async Task GetContainerAsync(HttpContext context)
    {
        if (await AuthenticateAsync(context, allowPlatformToken: false) is null)
        {
            return;
        }
        var id = context.Request.RouteValues["id"] as string ?? "";
        if (!runtime.State.Data.ContainersById.Value.TryGetValue(id, out var container))
        {
            await ProviderErrors.ScnetAsync(context, "10004", $"instance not found: {id}");
            return;
        }
        await JsonResponses.WriteAsync(context, 200, new ScnetEnvelope<ScnetContainer> { Code = "0", Msg = "SUCCESS", Data = container },
            WireJson.Scnet.ScnetEnvelopeScnetContainer);
    }

    private async Task GetNodeQuotaAsync(HttpContext context)
    {
        if (await AuthenticateAsync(context, allowPlatformToken: false) is null)
        {
            return;
        }
        var acceleratorType = context.Request.Query["acceleratorType"].ToString();
        var resourceGroup = context.Request.Query["resourceGroup"].ToString();
        if (acceleratorType.Length == 0 || resourceGroup.Length == 0)
        {
            await ProviderErrors.ScnetAsync(context, "10003", $"missing parameter: {(acceleratorType.Length == 0 ? "acceleratorType" : "resourceGroup")}");
            return;
        }
        var quota = runtime.State.Data.Quotas.FirstOrDefault(q =>
            string.Equals(q.ResourceGroup, resourceGroup, StringComparison.Ordinal) && string.Equals(q.AcceleratorType, acceleratorType, StringComparison.Ordinal));
        if (quota is null)
        {
            var knownGroup = runtime.State.Data.Quotas.Any(q => string.Equals(q.ResourceGroup, resourceGroup, StringComparison.Ordinal));
            await ProviderErrors.ScnetAsync(context, "10004", knownGroup
                ? $"invalid acceleratorType: {acceleratorType} for resourceGroup {resourceGroup}"
                : $"resourceGroup not found: {resourceGroup}");
            return;
        }
        await JsonResponses.WriteAsync(context, 200, new ScnetEnvelope<ScnetNodeQuota> { Code = "0", Msg = "success", Data = quota },
            WireJson.Scnet.ScnetEnvelopeScnetNodeQuota);
    }

    /// <summary>The token's payload, or null after writing the error (10003 missing, 10009 invalid/expired/platform).</summary>
    private async Task<ScnetTokenPayload?> AuthenticateAsync(HttpContext context, bool allowPlatformToken)
    {
        var check = runtime.ScnetTokens.Check(context.Request.Headers["token"].ToString(), out var payload);
        if (check == TokenCheck.Valid && runtime.Faults.Fires(FaultKind.ExpiredToken, runtime.Faults.Current.ExpiredToken, context.Request.Path.Value ?? ""))
        {
            check = TokenCheck.Expired;
        }
        switch (check)
        {
            case TokenCheck.Missing:
                await ProviderErrors.ScnetAsync(context, "10003", "missing header: token");
                return null;
            case TokenCheck.Invalid:
                await ProviderErrors.ScnetAsync(context, "10009", "token is invalid");
                return null;
            case TokenCheck.Expired:
                await ProviderErrors.ScnetAsync(context, "10009", "token has expired");
                return null;
        }
        if (!allowPlatformToken && payload!.ClusterId == ScnetCluster.Platform.Id)
        {
            await ProviderErrors.ScnetAsync(context, "10009", "platform token (clusterId 0) has no access to the AI service; use a cluster token");
            return null;
        }
        return payload;
    }
}
