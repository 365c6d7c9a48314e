using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.Tests.Http;

public sealed class HeaderValueGuardTests
{
    [Theory]
    [InlineData("EMULATORACCESSKEY")]
    [InlineData("sk_live-0123456789abcdef")]
    [InlineData(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")]
    public void Printable_ascii_is_accepted(string value) =>
        Assert.Equal(value, HeaderValueGuard.Check(value, "AccessKey"));

    [Theory]
    [InlineData("\u00c4K-s3cr3t", "a non-ASCII character at position 1")]
    [InlineData("s3cr3t\u201d", "a non-ASCII character at position 7")]
    [InlineData("s3cr3t\n", "a control character at position 7")]
    [InlineData("s3\tcr3t", "a control character at position 3")]
    [InlineData("s3cr3t\u007f", "a control character at position 7")]
    public void Anything_else_is_an_invalid_argument_naming_the_parameter_but_not_the_value(string value, string what)
    {
        var failure = Assert.Throws<InvalidParameterException>(() => HeaderValueGuard.Check(value, "AccessKey"));

        Assert.Equal(ErrorKind.InvalidArgument, failure.Kind);
        Assert.Equal("AccessKey", failure.ParameterName);
        Assert.StartsWith("-AccessKey contains a character that cannot be sent in an HTTP header", failure.Message);
        Assert.Contains(what, failure.Message);
        Assert.DoesNotContain("cr3", failure.Message);
    }

    [Fact]
    public void A_value_from_the_environment_names_the_variable()
    {
        var failure = Assert.Throws<InvalidParameterException>(() => HeaderValueGuard.CheckFromEnvironment("k\u00e9y", "PPIO_API_KEY", "ApiKey"));

        Assert.Equal("ApiKey", failure.ParameterName);
        Assert.StartsWith("The environment variable PPIO_API_KEY contains", failure.Message);
    }
}
