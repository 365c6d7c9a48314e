using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Docs;

/// <summary>Get-Help in a real runspace reads the MAML and about_ topic laid out in out/GpuCloud/en-US.</summary>
[Collection(ModuleCollection.Name)]
public sealed class GetHelpTests(ModuleSession session)
{
    private string Single(string script)
    {
        var result = session.Run(script);
        Assert.True(result.Terminating == null && result.Errors.Count == 0, string.Join(Environment.NewLine, result.AllText));
        Assert.Single(result.Output);
        return result.Output[0]?.ToString() ?? string.Empty;
    }

    [Theory]
    [InlineData("Get-GpuEndpoint", "PPIO")]
    [InlineData("Get-ImagePrewarmTask", "prewarm")]
    [InlineData("Get-ContainerInstance", "SCNet")]
    [InlineData("Get-NodeQuota", "quota")]
    [InlineData("Get-HyperInstance", "ModelArts")]
    public void SynopsisComesFromTheMarkdown(string cmdlet, string word)
    {
        var synopsis = Single("(Get-Help " + cmdlet + ").Synopsis");
        Assert.Contains(word, synopsis, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(cmdlet + " [", synopsis, StringComparison.Ordinal);
    }

    [Fact]
    public void ExamplesAreThere()
    {
        var count = int.Parse(Single("@((Get-Help Get-GpuEndpoint -Examples).examples.example).Count"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 3, "examples: " + count);
        Assert.Contains("127.0.0.1:5080", Single("@((Get-Help Get-GpuEndpoint -Examples).examples.example)[0].code"), StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterHelpHasDescriptionAndMetadata()
    {
        Assert.Contains("Endpoints per page", Single("(Get-Help Get-GpuEndpoint -Parameter PageSize).description[0].Text"), StringComparison.Ordinal);
        Assert.Equal("true", Single("(Get-Help Get-GpuEndpoint -Parameter Name).globbing"));
        Assert.Equal("True (ByValue, ByPropertyName)", Single("(Get-Help Get-ContainerInstance -Parameter Id).pipelineInput"));
        Assert.Equal("true", Single("(Get-Help Get-NodeQuota -Parameter ResourceGroup).required"));
    }

    [Fact]
    public void OutputTypeIsNamed()
    {
        Assert.Contains("GpuCloud.Models.HyperInstance", Single("@((Get-Help Get-HyperInstance).returnValues.returnValue)[0].type.name"), StringComparison.Ordinal);
    }

    [Fact]
    public void AboutTopicIsFound()
    {
        var result = session.Run("Get-Help about_GpuCloud");
        Assert.Contains("HUAWEICLOUD_SDK_AK", string.Join("\n", result.AllText), StringComparison.Ordinal);
    }
}
