using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Scnet;

namespace GpuCloud.Core.Tests.Connections;

public sealed class BaseUriPolicyTests
{
    [Theory]
    [InlineData("https://api.ppinfra.com")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080")]
    public void Https_and_loopback_http_are_accepted(string uri) =>
        Assert.Equal(new Uri(uri), BaseUriPolicy.Validate(new Uri(uri), "BaseUri", "PPIO_BASE_URI"));

    [Theory]
    [InlineData("http://api.ppinfra.com", "https")]
    [InlineData("http://10.0.0.5:8080", "https")]
    [InlineData("ftp://api.ppinfra.com", "absolute https")]
    [InlineData("https://user:pw@api.ppinfra.com", "no user information")]
    [InlineData("https://api.ppinfra.com/?x=1", "no user information, query")]
    public void Anything_else_is_refused_naming_the_parameter_and_variable(string uri, string advice)
    {
        var failure = Assert.Throws<GpuCloudConfigurationException>(() => BaseUriPolicy.Validate(new Uri(uri), "BaseUri", "PPIO_BASE_URI"));

        Assert.Equal("BaseUri", failure.ParameterName);
        Assert.Contains("-BaseUri", failure.Message);
        Assert.Contains("PPIO_BASE_URI", failure.Message);
        Assert.Contains(advice, failure.Message);
        Assert.DoesNotContain("pw@", failure.Message.Replace(uri, string.Empty));
    }

    [Theory]
    [InlineData("http://admin:hunter2@api.ppinfra.com")]
    [InlineData("ftp://admin:hunter2@api.ppinfra.com")]
    [InlineData("https://admin:hunter2@api.ppinfra.com")]
    [InlineData("admin:hunter2@api.ppinfra.com")]
    public void A_password_written_into_the_uri_is_not_shown_in_the_error(string uri)
    {
        var failure = Assert.Throws<GpuCloudConfigurationException>(() => BaseUriPolicy.Validate(new Uri(uri), "BaseUri", "PPIO_BASE_URI"));

        Assert.DoesNotContain("hunter2", failure.Message);
        Assert.DoesNotContain("admin", failure.Message);
    }

    [Fact]
    public void An_at_sign_in_the_path_is_shown_as_it_is() =>
        Assert.Contains("got 'ftp://files.example.com/a@b'", Assert.Throws<GpuCloudConfigurationException>(() => BaseUriPolicy.Validate(new Uri("ftp://files.example.com/a@b"), "BaseUri", "PPIO_BASE_URI")).Message);

    [Fact]
    public void A_setting_no_variable_holds_is_named_alone() =>
        Assert.StartsWith("-IamBaseUri must use https;", Assert.Throws<GpuCloudConfigurationException>(() => BaseUriPolicy.Validate(new Uri("http://iam.example.com"), "IamBaseUri", null)).Message);

    [Fact]
    public void An_unreadable_environment_value_names_the_variable() =>
        Assert.Contains("SCNET_BASE_URI", Assert.Throws<GpuCloudConfigurationException>(() => BaseUriPolicy.Parse("not a uri", "BaseUri", "SCNET_BASE_URI")).Message);

    [Theory]
    [InlineData("https://api01.example.com:65106/ai", "https://api01.example.com:65106/")]
    [InlineData("https://api01.example.com:65106/ai/", "https://api01.example.com:65106/")]
    [InlineData("https://api01.example.com:65106", "https://api01.example.com:65106/")]
    [InlineData("https://example.com/gateway/ai", "https://example.com/gateway/")]
    public void The_scnet_ai_base_drops_a_trailing_ai_segment(string given, string expected) =>
        Assert.Equal(new Uri(expected), ScnetConnection.NormalizeAiBase(new Uri(given)));
}
