using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Connections;

/// <summary>Connect-GpuCloud without credentials: with no variable of the provider set, it says how to sign in, before any request.</summary>
public sealed class ConnectFromEnvironmentTests
{
    private static readonly Uri Unreachable = new("http://127.0.0.1:1");

    [Theory]
    [InlineData(CloudProvider.Ppio, "ApiKey", "PPIO_API_KEY")]
    [InlineData(CloudProvider.Scnet, "Token", "SCNET_ORG_ID")]
    [InlineData(CloudProvider.ModelArts, "AccessKey", "HUAWEICLOUD_SDK_SK")]
    public async Task No_variable_of_the_provider_is_a_configuration_error_naming_the_parameter_and_the_variables(CloudProvider provider, string parameter, string variable)
    {
        var sources = new ConnectionSources(_ => null) { BaseUri = Unreachable };

        var failure = await Assert.ThrowsAsync<GpuCloudConfigurationException>(() => GpuCloudConnector.ConnectFromEnvironmentAsync(provider, sources, null, new ModelArtsSettings(), new CallContext()));

        Assert.Equal(parameter, failure.ParameterName);
        Assert.Contains(variable, failure.Message);
        Assert.Contains("-" + parameter, failure.Message);
    }

    [Fact]
    public async Task Half_an_environment_sign_in_is_left_to_the_resolver_which_names_the_missing_variable()
    {
        var sources = new ConnectionSources(name => name == "SCNET_USER" ? "someone" : null) { BaseUri = Unreachable };

        var failure = await Assert.ThrowsAsync<GpuCloudConfigurationException>(() => GpuCloudConnector.ConnectFromEnvironmentAsync(CloudProvider.Scnet, sources, null, new ModelArtsSettings(), new CallContext()));

        Assert.Contains("SCNET_PASSWORD and SCNET_ORG_ID is not set", failure.Message);
    }
}
