using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.ModelArts;
using GpuCloud.Core.Scnet;

namespace GpuCloud.Core.Tests.Connections;

/// <summary>
/// A credential that travels in an HTTP header is refused where it is resolved, naming the parameter or the
/// environment variable it came from, before any request (which .NET would fail as a connection error).
/// </summary>
public sealed class HeaderCredentialTests
{
    private const string NotAscii = "\u00c4K-s3cr3t";

    /// <summary>Nothing listens here: a request that is sent fails as a connection error, not as an invalid argument.</summary>
    private static readonly Uri Unreachable = new("http://127.0.0.1:1");

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static void AssertNamed(InvalidParameterException failure, string parameter, string source)
    {
        Assert.Equal(ErrorKind.InvalidArgument, failure.Kind);
        Assert.Equal(parameter, failure.ParameterName);
        Assert.StartsWith(source + " contains a character that cannot be sent in an HTTP header", failure.Message);
        Assert.DoesNotContain("s3cr3t", failure.Message);
    }

    [Fact]
    public void Ppio_api_key_given_as_a_parameter() =>
        AssertNamed(Assert.Throws<InvalidParameterException>(() => PpioConnectionResolver.Resolve(new ConnectionSources(Environment()) { BaseUri = Unreachable }, new SecretText(NotAscii))), "ApiKey", "-ApiKey");

    [Fact]
    public void Ppio_api_key_from_the_environment() =>
        AssertNamed(Assert.Throws<InvalidParameterException>(() => PpioConnectionResolver.Resolve(new ConnectionSources(Environment(("PPIO_API_KEY", NotAscii))), null)), "ApiKey", "The environment variable PPIO_API_KEY");

    [Fact]
    public async Task Scnet_token_given_as_a_parameter()
    {
        var sources = new ConnectionSources(Environment()) { BaseUri = Unreachable };

        AssertNamed(await Assert.ThrowsAsync<InvalidParameterException>(() => ScnetConnectionResolver.ResolveAsync(sources, new SecretText(NotAscii), null, new CallContext())), "Token", "-Token");
    }

    [Fact]
    public async Task Scnet_token_from_the_environment()
    {
        var sources = new ConnectionSources(Environment(("SCNET_TOKEN", NotAscii), ("SCNET_BASE_URI", Unreachable.ToString())));

        AssertNamed(await Assert.ThrowsAsync<InvalidParameterException>(() => ScnetConnectionResolver.ResolveAsync(sources, null, null, new CallContext())), "Token", "The environment variable SCNET_TOKEN");
    }

    [Theory]
    [InlineData("SCNET_USER", "Credential")]
    [InlineData("SCNET_PASSWORD", "Credential")]
    [InlineData("SCNET_ORG_ID", "OrgId")]
    public async Task Scnet_sign_in_from_the_environment(string variable, string parameter)
    {
        var variables = new List<(string, string)> { ("SCNET_USER", "emulator"), ("SCNET_PASSWORD", "emulator-password"), ("SCNET_ORG_ID", "emulator-org"), ("SCNET_AUTH_BASE_URI", Unreachable.ToString()) };
        variables[variables.FindIndex(v => v.Item1 == variable)] = (variable, NotAscii);

        var failure = await Assert.ThrowsAsync<InvalidParameterException>(() => ScnetConnectionResolver.ResolveAsync(new ConnectionSources(Environment(variables.ToArray())), null, null, new CallContext()));

        AssertNamed(failure, parameter, "The environment variable " + variable);
    }

    [Theory]
    [InlineData("user", "Credential", "The user name of -Credential")]
    [InlineData("password", "Credential", "The password of -Credential")]
    [InlineData("org", "OrgId", "-OrgId")]
    public async Task Scnet_sign_in_with_Connect(string which, string parameter, string source)
    {
        var credentials = new ScnetCredentials(which == "user" ? NotAscii : "emulator", new SecretText(which == "password" ? NotAscii : "emulator-password"), which == "org" ? NotAscii : "emulator-org");

        var failure = await Assert.ThrowsAsync<InvalidParameterException>(() => GpuCloudConnector.ConnectScnetWithCredentialsAsync(Unreachable, null, credentials, new CallContext()));

        AssertNamed(failure, parameter, source);
    }

    [Theory]
    [InlineData(false, "AccessKey", "-AccessKey")]
    [InlineData(true, "Credential", "The user name of -Credential (the access key)")]
    public void ModelArts_access_key_given_as_a_parameter(bool fromCredential, string parameter, string source)
    {
        var settings = new ModelArtsSettings { AccessKey = NotAscii, AccessKeyFromCredential = fromCredential, SecretKey = new SecretText("sk"), ProjectId = "p" };

        AssertNamed(Assert.Throws<InvalidParameterException>(() => ModelArtsConnectionResolver.Resolve(new ConnectionSources(Environment()) { BaseUri = Unreachable }, settings)), parameter, source);
    }

    [Fact]
    public void ModelArts_token_given_as_a_parameter()
    {
        var settings = new ModelArtsSettings { Token = new SecretText(NotAscii), ProjectId = "p" };

        AssertNamed(Assert.Throws<InvalidParameterException>(() => ModelArtsConnectionResolver.Resolve(new ConnectionSources(Environment()) { BaseUri = Unreachable }, settings)), "Token", "-Token");
    }

    [Fact]
    public void ModelArts_access_key_from_the_environment()
    {
        var sources = new ConnectionSources(Environment(("HUAWEICLOUD_SDK_AK", NotAscii), ("HUAWEICLOUD_SDK_SK", "sk"), ("HUAWEICLOUD_SDK_PROJECT_ID", "p"))) { BaseUri = Unreachable };

        AssertNamed(Assert.Throws<InvalidParameterException>(() => ModelArtsConnectionResolver.Resolve(sources, new ModelArtsSettings())), "AccessKey", "The environment variable HUAWEICLOUD_SDK_AK");
    }

    [Fact]
    public void ModelArts_secret_key_only_keys_the_signature_so_any_text_is_accepted()
    {
        var settings = new ModelArtsSettings { AccessKey = "EMULATORACCESSKEY", SecretKey = new SecretText(NotAscii), ProjectId = "p" };

        Assert.IsType<AkSkAuthorizer>(ModelArtsConnectionResolver.Resolve(new ConnectionSources(Environment()) { BaseUri = Unreachable }, settings).Authorizer);
    }
}
