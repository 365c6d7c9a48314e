using System.Globalization;
using System.Text.Json;
using GpuCloud.Emulator.Auth;
using GpuCloud.Emulator.Data;
using GpuCloud.Emulator.Json;
using GpuCloud.Emulator.Models.ModelArts;

namespace GpuCloud.Emulator.Routes;

/// <summary>Huawei ModelArts hyperinstance list and the IAM token endpoint.</summary>
internal sealed class ModelArtsRoutes(EmulatorRuntime runtime)
{
    public const string HyperInstancesPath = "/v1/{project_id}/dev-servers/hyperinstance";
    public const string IamTokensPath = "/v3/auth/tokens";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(HyperInstancesPath, ListHyperInstancesAsync);
        routes.MapPost(IamTokensPath, IssueIamTokenAsync);
    }

    private async Task ListHyperInstancesAsync(HttpContext context)
    {
        if (!await AuthenticateAsync(context))
        {
            return;
        }
        var projectId = context.Request.RouteValues["project_id"] as string ?? "";
        if (!string.Equals(projectId, runtime.Options.HuaweiProjectId, StringComparison.Ordinal))
        {
            await ProviderErrors.ModelArtsAsync(context, 404, "ModelArts.0104", $"project {projectId} not found");
            return;
        }

        var request = context.Request;
        if (!QueryInt.TryRead(request, "offset", 0, out var offset, out var error)
            || !QueryInt.TryRead(request, "limit", 10, out var limit, out error))
        {
            await BadRequestAsync(context, error!);
            return;
        }
        if (offset is < 0 or > int.MaxValue)
        {
            await BadRequestAsync(context, $"offset must be between 0 and 2147483647, got {offset}");
            return;
        }
        if (limit is < 1 or > 1024)
        {
            await BadRequestAsync(context, $"limit must be between 1 and 1024, got {limit}");
            return;
        }
        var sortKey = request.Query["sort_key"].ToString();
        if (sortKey.Length == 0)
        {
            sortKey = "createTime";
        }
        if (sortKey is not ("createTime" or "updateTime"))
        {
            await BadRequestAsync(context, $"sort_key must be createTime or updateTime, got '{sortKey}'");
            return;
        }
        var sortDir = request.Query["sort_dir"].ToString().ToUpperInvariant();
        if (sortDir.Length == 0)
        {
            sortDir = "DESC";
        }
        if (sortDir is not ("ASC" or "DESC"))
        {
            await BadRequestAsync(context, $"sort_dir must be ASC or DESC, got '{request.Query["sort_dir"]}'");
            return;
        }

        var listing = runtime.State.Data.HyperInstances;
        var sorted = listing.Sorted(sortKey + " " + sortDir, Comparison(sortKey == "updateTime", sortDir == "DESC"));
        var pageIndex = runtime.Options.ModelArtsOffsetMode == ModelArtsOffsetMode.PageIndex;
        var start = pageIndex ? offset * limit : offset;
        var page = listing.Page(sorted, start, limit, WireJson.ModelArts.HyperInstance);

        runtime.Faults.MutateAfterPage(context.Request.Path.Value ?? "", listing);
        await JsonResponses.WriteAsync(context, 200, new HyperInstancePage
        {
            Current = (int)(pageIndex ? offset : offset / limit),
            Data = page,
            Pages = (int)((sorted.Count + limit - 1) / limit),
            Size = (int)limit,
            Total = sorted.Count,
        }, WireJson.ModelArts.HyperInstancePage);
    }

    /// <summary>Keystone-style password authentication; 201 with the token in X-Subject-Token.</summary>
    private async Task IssueIamTokenAsync(HttpContext context)
    {
        IamTokenRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(context.Request.Body, WireJson.ModelArts.IamTokenRequest, context.RequestAborted);
        }
        catch (JsonException)
        {
            body = null;
        }
        var user = body?.Auth?.Identity?.Password?.User;
        if (user is null || body?.Auth?.Identity?.Methods?.Contains("password") != true)
        {
            await ProviderErrors.ModelArtsAsync(context, 400, "IAM.0003", "The request body is invalid: expected auth.identity.methods [\"password\"] and auth.identity.password.user");
            return;
        }
        var options = runtime.Options;
        if (user.Name != options.IamUser || user.Password != options.IamPassword || user.Domain?.Name != options.IamDomain)
        {
            await ProviderErrors.ModelArtsAsync(context, 401, "IAM.0004", "The username or password is wrong.");
            return;
        }
        var projectId = body.Auth.Scope?.Project?.Id;
        if (projectId is not null && projectId != options.HuaweiProjectId)
        {
            await ProviderErrors.ModelArtsAsync(context, 401, "IAM.0006", $"The project {projectId} does not exist or is not accessible.");
            return;
        }

        var issued = runtime.IamTokens.Issue();
        context.Response.Headers["X-Subject-Token"] = issued.Token;
        await JsonResponses.WriteAsync(context, 201, new IamTokenResponse
        {
            Token = new IamTokenBody
            {
                ExpiresAt = IsoUtc(issued.ExpiresAt),
                IssuedAt = IsoUtc(issued.IssuedAt),
                Methods = ["password"],
                Project = new IamNamedRef { Id = options.HuaweiProjectId, Name = "cn-north-4" },
                User = new IamUser { Id = "0a1b2c3d4e5f4a6b8c9d0e1f2a3b4c5d", Name = options.IamUser, Domain = new IamNamedRef { Id = "1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f", Name = options.IamDomain } },
            },
        }, WireJson.ModelArts.IamTokenResponse);
    }

    private async Task<bool> AuthenticateAsync(HttpContext context)
    {
        var failure = await runtime.HuaweiAuth.AuthenticateAsync(context);
        if (failure is null
            && !string.IsNullOrEmpty(context.Request.Headers["X-Auth-Token"].ToString())
            && runtime.Faults.Fires(FaultKind.ExpiredToken, runtime.Faults.Current.ExpiredToken, context.Request.Path.Value ?? ""))
        {
            failure = new HuaweiAuthFailure("APIGW.0301", "Incorrect IAM authentication information: token expired");
        }
        if (failure is null)
        {
            return true;
        }
        await ProviderErrors.ModelArtsAsync(context, 401, failure.ErrorCode, failure.ErrorMsg, fromGateway: true);
        return false;
    }

    private static Task BadRequestAsync(HttpContext context, string message) =>
        ProviderErrors.ModelArtsAsync(context, 400, "ModelArts.0101", message);

    private static Comparison<ListingEntry> Comparison(bool byUpdateTime, bool descending) => (a, b) =>
    {
        var byTime = byUpdateTime ? a.UpdateMs.CompareTo(b.UpdateMs) : a.CreateMs.CompareTo(b.CreateMs);
        if (descending)
        {
            byTime = -byTime;
        }
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    };

    private static string IsoUtc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
