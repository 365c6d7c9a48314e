using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.ModelArts;
using GpuCloud.Core.Ppio;
using GpuCloud.Core.Scnet;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Connections;

/// <summary>Explicit parameters, then -Context, then the session default, then environment variables.</summary>
public sealed class LookupOrderTests
{
    private static readonly Uri ContextUri = new("https://context.example.com");
    private static readonly Uri SessionUri = new("https://session.example.com");

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static GpuCloudContext PpioContext(Uri uri, string key) => new(CloudProvider.Ppio, uri, "PPIO API key", new PpioConnection(uri, new SecretText(key)));

    [Fact]
    public void Ppio_explicit_key_wins_over_everything()
    {
        var sources = new ConnectionSources(Environment(("PPIO_API_KEY", "env-key"))) { Context = PpioContext(ContextUri, "ctx-key"), SessionDefault = PpioContext(SessionUri, "session-key") };

        var connection = PpioConnectionResolver.Resolve(sources, new SecretText("explicit-key"));

        Assert.Equal("explicit-key", connection.ApiKey.Reveal);
        Assert.Equal(ContextUri, connection.BaseUri);
    }

    [Fact]
    public void Ppio_context_wins_over_session_default_and_environment()
    {
        var sources = new ConnectionSources(Environment(("PPIO_API_KEY", "env-key"))) { Context = PpioContext(ContextUri, "ctx-key"), SessionDefault = PpioContext(SessionUri, "session-key") };

        Assert.Equal("ctx-key", PpioConnectionResolver.Resolve(sources, null).ApiKey.Reveal);
    }

    [Fact]
    public void Ppio_session_default_wins_over_environment()
    {
        var sources = new ConnectionSources(Environment(("PPIO_API_KEY", "env-key"))) { SessionDefault = PpioContext(SessionUri, "session-key") };

        Assert.Equal("session-key", PpioConnectionResolver.Resolve(sources, null).ApiKey.Reveal);
    }

    [Fact]
    public void Ppio_environment_alone_is_enough()
    {
        var sources = new ConnectionSources(Environment(("PPIO_API_KEY", "env-key"), ("PPIO_BASE_URI", "http://127.0.0.1:5080"), ("PPIO_PAGE_NUMBER_BASE", "0")));

        var connection = PpioConnectionResolver.Resolve(sources, null);

        Assert.Equal("env-key", connection.ApiKey.Reveal);
        Assert.Equal(new Uri("http://127.0.0.1:5080"), connection.BaseUri);
        Assert.Equal(0, connection.PageNumberBase);
    }

    [Theory]
    [InlineData("explicit", "connected", "env", "explicit")]
    [InlineData(null, "connected", "env", "connected")]
    [InlineData(null, null, "env", "env")]
    [InlineData(null, null, null, null)]
    public void ModelArts_project_id_is_explicit_then_connected_then_environment(string? explicitProject, string? connectedProject, string? environmentProject, string? expected)
    {
        var sources = environmentProject == null ? new ConnectionSources(Environment()) : new ConnectionSources(Environment(("HUAWEICLOUD_SDK_PROJECT_ID", environmentProject)));
        var connected = connectedProject == null ? null : new ModelArtsConnection(ContextUri, connectedProject, new AkSkAuthorizer(new SecretText("ak"), new SecretText("sk")));

        Assert.Equal(expected, ModelArtsConnectionResolver.ProjectId(sources, explicitProject, connected));
    }

    /// <summary>Passed over, it would let the call go out as the session default's (or the environment's) account instead.</summary>
    [Fact]
    public async Task A_context_of_another_provider_is_refused_naming_Context_even_with_a_session_default_of_the_right_one()
    {
        var scnetContext = new GpuCloudContext(CloudProvider.Scnet, ContextUri, "x", new object());
        var ppioContext = PpioContext(ContextUri, "ctx-key");
        var environment = Environment(("PPIO_API_KEY", "env-key"), ("SCNET_TOKEN", "a.b.c"), ("SCNET_BASE_URI", "https://api01.example.com"),
            ("HUAWEICLOUD_SDK_AK", "ak"), ("HUAWEICLOUD_SDK_SK", "sk"), ("HUAWEICLOUD_SDK_PROJECT_ID", "p1"), ("HUAWEICLOUD_REGION", "cn-north-4"));

        var ppio = Assert.Throws<InvalidParameterException>(() => PpioConnectionResolver.Resolve(
            new ConnectionSources(environment) { Context = scnetContext, SessionDefault = PpioContext(SessionUri, "session-key") }, null));
        var scnet = await Assert.ThrowsAsync<InvalidParameterException>(() => ScnetConnectionResolver.ResolveAsync(
            new ConnectionSources(environment) { Context = ppioContext }, null, null, new CallContext()));
        var modelArts = Assert.Throws<InvalidParameterException>(() => ModelArtsConnectionResolver.Resolve(
            new ConnectionSources(environment) { Context = ppioContext }, new ModelArtsSettings()));

        Assert.All(new[] { ppio, scnet, modelArts }, failure => Assert.Equal("Context", failure.ParameterName));
        Assert.Contains("-Context is a Scnet connection", ppio.Message);
        Assert.Contains("Connect-GpuCloud -Provider Ppio -PassThru", ppio.Message);
        Assert.Contains("this command calls Scnet", scnet.Message);
        Assert.Contains("this command calls ModelArts", modelArts.Message);
    }

    [Fact]
    public void Ppio_without_any_key_names_parameter_command_and_variable()
    {
        var failure = Assert.Throws<GpuCloudConfigurationException>(() => PpioConnectionResolver.Resolve(new ConnectionSources(Environment()), null));

        Assert.Equal("ApiKey", failure.ParameterName);
        Assert.Contains("-ApiKey", failure.Message);
        Assert.Contains("Connect-GpuCloud", failure.Message);
        Assert.Contains("PPIO_API_KEY", failure.Message);
    }

    [Fact]
    public async Task Scnet_token_from_the_environment_needs_the_ai_base_and_says_so()
    {
        var sources = new ConnectionSources(Environment(("SCNET_TOKEN", "a.b.c")));

        var failure = await Assert.ThrowsAsync<GpuCloudConfigurationException>(() => ScnetConnectionResolver.ResolveAsync(sources, null, null, new CallContext()));

        Assert.Contains("SCNET_BASE_URI", failure.Message);
        Assert.Contains("-BaseUri", failure.Message);
    }

    [Fact]
    public async Task Scnet_token_and_base_from_the_environment_make_a_connection()
    {
        var sources = new ConnectionSources(Environment(("SCNET_TOKEN", "a.b.c"), ("SCNET_BASE_URI", "https://api01.example.com:65106/ai")));

        var connection = await ScnetConnectionResolver.ResolveAsync(sources, null, null, new CallContext());

        Assert.Equal(new Uri("https://api01.example.com:65106/"), connection.AiBaseUri);
        Assert.False(connection.Tokens.CanRenew);
    }

    /// <summary>For -Token as for -ApiKey: the context supplies what the call does not give (it used to ask for -BaseUri instead).</summary>
    [Fact]
    public async Task Scnet_explicit_token_goes_to_the_ai_base_of_the_context_or_session_default_unless_BaseUri_is_given()
    {
        var connection = new ScnetConnection(ContextUri, new StaticScnetTokenSource(new ScnetToken(new SecretText("ctx.token.x"))));
        var scnetContext = new GpuCloudContext(CloudProvider.Scnet, ContextUri, "x", connection);
        var environment = Environment(("SCNET_BASE_URI", "https://environment.example.com"));
        var explicitToken = new SecretText("explicit.token.x");

        var fromContext = await ScnetConnectionResolver.ResolveAsync(new ConnectionSources(environment) { Context = scnetContext }, explicitToken, null, new CallContext());
        var fromSession = await ScnetConnectionResolver.ResolveAsync(new ConnectionSources(environment) { SessionDefault = scnetContext }, explicitToken, null, new CallContext());
        var fromParameter = await ScnetConnectionResolver.ResolveAsync(new ConnectionSources(environment) { Context = scnetContext, BaseUri = SessionUri }, explicitToken, null, new CallContext());

        Assert.Equal(ContextUri, fromContext.AiBaseUri);
        Assert.Equal(ContextUri, fromSession.AiBaseUri);
        Assert.Equal(SessionUri, fromParameter.AiBaseUri);
        Assert.Equal("explicit.token.x", (await fromContext.Tokens.CurrentAsync(new CallContext())).Value.Reveal);
    }

    [Fact]
    public async Task Scnet_without_credentials_lists_every_way_to_give_them()
    {
        var failure = await Assert.ThrowsAsync<GpuCloudConfigurationException>(() => ScnetConnectionResolver.ResolveAsync(new ConnectionSources(Environment()), null, null, new CallContext()));

        foreach (var expected in new[] { "-Token", "Connect-GpuCloud", "SCNET_TOKEN", "SCNET_USER", "SCNET_PASSWORD", "SCNET_ORG_ID" })
        {
            Assert.Contains(expected, failure.Message);
        }
    }

    [Fact]
    public void ModelArts_environment_gives_aksk_project_and_regional_endpoint()
    {
        var sources = new ConnectionSources(Environment(("HUAWEICLOUD_SDK_AK", "ak"), ("HUAWEICLOUD_SDK_SK", "sk"), ("HUAWEICLOUD_SDK_PROJECT_ID", "p1"), ("HUAWEICLOUD_REGION", "cn-north-4")));

        var connection = ModelArtsConnectionResolver.Resolve(sources, new ModelArtsSettings());

        Assert.IsType<AkSkAuthorizer>(connection.Authorizer);
        Assert.Equal("p1", connection.ProjectId);
        Assert.Equal(new Uri("https://modelarts.cn-north-4.myhuaweicloud.com"), connection.BaseUri);
    }

    [Fact]
    public void ModelArts_explicit_settings_win_and_base_uri_overrides_region()
    {
        var sources = new ConnectionSources(Environment(("HUAWEICLOUD_SDK_AK", "ak"), ("HUAWEICLOUD_SDK_SK", "sk"), ("HUAWEICLOUD_SDK_PROJECT_ID", "p1"), ("MODELARTS_BASE_URI", "https://modelarts.example.com")))
        {
            BaseUri = new Uri("http://127.0.0.1:5080"),
        };

        var connection = ModelArtsConnectionResolver.Resolve(sources, new ModelArtsSettings { Token = new SecretText("iam"), ProjectId = "p2" });

        Assert.IsType<IamTokenAuthorizer>(connection.Authorizer);
        Assert.Equal("p2", connection.ProjectId);
        Assert.Equal(new Uri("http://127.0.0.1:5080"), connection.BaseUri);
    }

    [Theory]
    [InlineData("AccessKey", "HUAWEICLOUD_SDK_AK")]
    [InlineData("ProjectId", "HUAWEICLOUD_SDK_PROJECT_ID")]
    [InlineData("Region", "HUAWEICLOUD_REGION")]
    public void ModelArts_missing_settings_name_parameter_and_variable(string parameter, string variable)
    {
        var present = new List<(string, string)> { ("HUAWEICLOUD_SDK_AK", "ak"), ("HUAWEICLOUD_SDK_SK", "sk"), ("HUAWEICLOUD_SDK_PROJECT_ID", "p1"), ("HUAWEICLOUD_REGION", "cn-north-4") };
        present.RemoveAll(v => v.Item1 == variable);

        var failure = Assert.Throws<GpuCloudConfigurationException>(() => ModelArtsConnectionResolver.Resolve(new ConnectionSources(Environment(present.ToArray())), new ModelArtsSettings()));

        Assert.Equal(parameter, failure.ParameterName);
        Assert.Contains(variable, failure.Message);
    }

    /// <summary>A runbook with HUAWEICLOUD_REGION (or MODELARTS_BASE_URI) alone was told the IAM endpoint was unknown, though the ModelArts one was found.</summary>
    [Theory]
    [InlineData(null, null, "HUAWEICLOUD_REGION=cn-north-4", "https://iam.cn-north-4.myhuaweicloud.com/")]
    [InlineData(null, null, "MODELARTS_BASE_URI=http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData(null, null, "HUAWEICLOUD_REGION=cn-north-4;MODELARTS_BASE_URI=http://127.0.0.1:5080", "https://iam.cn-north-4.myhuaweicloud.com/")]
    [InlineData(null, "http://127.0.0.1:5080", "HUAWEICLOUD_REGION=cn-north-4", "http://127.0.0.1:5080/")]
    [InlineData("cn-south-1", "http://127.0.0.1:5080", "HUAWEICLOUD_REGION=cn-north-4", "https://iam.cn-south-1.myhuaweicloud.com/")]
    public void ModelArts_iam_endpoint_follows_region_then_base_uri_then_the_environment(string? region, string? baseUri, string environment, string expected)
    {
        var variables = environment.Split(';').Select(pair => pair.Split('=', 2)).Select(pair => (pair[0], pair[1])).ToArray();
        var sources = new ConnectionSources(Environment(variables)) { BaseUri = baseUri == null ? null : new Uri(baseUri) };

        Assert.Equal(new Uri(expected), ModelArtsConnectionResolver.IamBaseUri(sources, null, region));
        Assert.Equal(new Uri("https://iam.example.com"), ModelArtsConnectionResolver.IamBaseUri(sources, new Uri("https://iam.example.com"), region));
    }

    /// <summary>Both used to be refused as "-IamBaseUri (or IAM)", though the address came from -BaseUri and no variable is called IAM.</summary>
    [Fact]
    public void ModelArts_unusable_iam_endpoint_names_the_parameter_it_came_from()
    {
        var fromBaseUri = Assert.Throws<GpuCloudConfigurationException>(() => ModelArtsConnectionResolver.IamBaseUri(
            new ConnectionSources(Environment()) { BaseUri = new Uri("http://modelarts.example.com") }, null, null));
        var fromIamBaseUri = Assert.Throws<GpuCloudConfigurationException>(() => ModelArtsConnectionResolver.IamBaseUri(
            new ConnectionSources(Environment()) { BaseUri = new Uri("http://127.0.0.1:5080") }, new Uri("http://iam.example.com"), null));

        Assert.Equal("BaseUri", fromBaseUri.ParameterName);
        Assert.StartsWith("-BaseUri (or MODELARTS_BASE_URI) must use https", fromBaseUri.Message);
        Assert.Equal("IamBaseUri", fromIamBaseUri.ParameterName);
        Assert.StartsWith("-IamBaseUri must use https", fromIamBaseUri.Message);
    }

    [Fact]
    public void ModelArts_unknown_iam_endpoint_names_the_parameters_and_the_variable()
    {
        var failure = Assert.Throws<GpuCloudConfigurationException>(() => ModelArtsConnectionResolver.IamBaseUri(new ConnectionSources(Environment()), null, null));

        Assert.Equal("IamBaseUri", failure.ParameterName);
        Assert.Contains("-Region", failure.Message);
        Assert.Contains("HUAWEICLOUD_REGION", failure.Message);
    }

    [Fact]
    public void ModelArts_a_token_given_with_an_aksk_pair_is_refused_naming_both()
    {
        var settings = new ModelArtsSettings { AccessKey = "ak", SecretKey = new SecretText("sk"), Token = new SecretText("token-value-7"), ProjectId = "p", Region = "cn-north-4" };

        var failure = Assert.Throws<GpuCloudConfigurationException>(() => ModelArtsConnectionResolver.Resolve(new ConnectionSources(Environment()), settings));

        Assert.Equal("Token", failure.ParameterName);
        Assert.Contains("-AccessKey", failure.Message);
        Assert.DoesNotContain("token-value-7", failure.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ModelArts_a_credential_whose_user_name_is_blank_is_refused_naming_Credential(string userName)
    {
        var settings = new ModelArtsSettings { AccessKey = userName, AccessKeyFromCredential = true, SecretKey = new SecretText("sk"), ProjectId = "p", Region = "cn-north-4" };

        var failure = Assert.Throws<GpuCloudConfigurationException>(() => ModelArtsConnectionResolver.Resolve(new ConnectionSources(Environment()), settings));

        Assert.Equal("Credential", failure.ParameterName);
        Assert.Contains("access key", failure.Message);
    }

    [Fact]
    public void ModelArts_half_an_aksk_pair_is_refused()
    {
        var failure = Assert.Throws<GpuCloudConfigurationException>(() => ModelArtsConnectionResolver.Resolve(new ConnectionSources(Environment()), new ModelArtsSettings { AccessKey = "ak", ProjectId = "p", Region = "cn-north-4" }));

        Assert.Contains("-SecretKey", failure.Message);
    }

    [Theory]
    [InlineData("HUAWEICLOUD_SDK_AK", "AccessKey")]
    [InlineData("HUAWEICLOUD_SDK_SK", "SecretKey")]
    public void ModelArts_half_an_aksk_pair_in_the_environment_names_the_missing_variable(string missing, string parameter)
    {
        var present = new List<(string, string)> { ("HUAWEICLOUD_SDK_AK", "ak"), ("HUAWEICLOUD_SDK_SK", "env-secret"), ("HUAWEICLOUD_SDK_PROJECT_ID", "p1"), ("HUAWEICLOUD_REGION", "cn-north-4") };
        present.RemoveAll(v => v.Item1 == missing);

        var failure = Assert.Throws<GpuCloudConfigurationException>(() => ModelArtsConnectionResolver.Resolve(new ConnectionSources(Environment(present.ToArray())), new ModelArtsSettings()));

        Assert.Equal(parameter, failure.ParameterName);
        Assert.Contains(missing + " is not set", failure.Message);
        Assert.DoesNotContain("No ModelArts credentials were found", failure.Message);
        Assert.DoesNotContain("env-secret", failure.Message);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("1")]
    [InlineData("RecordOffset, PageIndex")]
    public void ModelArts_offset_mode_from_the_environment_is_taken_by_name_only(string text)
    {
        var sources = new ConnectionSources(Environment(("HUAWEICLOUD_SDK_AK", "ak"), ("HUAWEICLOUD_SDK_SK", "sk"), ("HUAWEICLOUD_SDK_PROJECT_ID", "p1"), ("HUAWEICLOUD_REGION", "cn-north-4"), ("MODELARTS_OFFSET_MODE", text)));

        var failure = Assert.Throws<GpuCloudConfigurationException>(() => ModelArtsConnectionResolver.Resolve(sources, new ModelArtsSettings()));

        Assert.Equal("OffsetMode", failure.ParameterName);
        Assert.Contains("MODELARTS_OFFSET_MODE must be RecordOffset or PageIndex; got '" + text + "'", failure.Message);
    }

    [Fact]
    public void ModelArts_offset_mode_name_is_read_in_any_letter_case()
    {
        var sources = new ConnectionSources(Environment(("HUAWEICLOUD_SDK_AK", "ak"), ("HUAWEICLOUD_SDK_SK", "sk"), ("HUAWEICLOUD_SDK_PROJECT_ID", "p1"), ("HUAWEICLOUD_REGION", "cn-north-4"), ("MODELARTS_OFFSET_MODE", "pageindex")));

        Assert.Equal(ModelArtsOffsetMode.PageIndex, ModelArtsConnectionResolver.Resolve(sources, new ModelArtsSettings()).OffsetMode);
    }
}
