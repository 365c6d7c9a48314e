using System.Management.Automation;
using GpuCloud.Emulator;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

[Collection(ModuleCollection.Name)]
public sealed class ModelArtsCmdletTests
{
    private const string Hyper = "GpuCloud.Models.HyperInstance";
    private readonly ModuleSession _session;

    public ModelArtsCmdletTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
        _session.Run("Disconnect-GpuCloud");
    }

    [Fact]
    public void Lists_every_hyperinstance_with_aksk_signing()
    {
        var result = _session.Run("Get-HyperInstance -BaseUri $Base -ProjectId $ProjectId -AccessKey $AccessKey -SecretKey $SecretKey -PageSize 16");

        Assert.Null(result.Terminating);
        Assert.Equal(_session.Emulator.CurrentIds(Listing.ModelArtsHyperInstances), result.Values(Hyper, "Id"));
    }

    [Fact]
    public void Sorting_paging_and_wildcards_compose()
    {
        var result = _session.Run("Get-HyperInstance 'devserver-*' -BaseUri $Base -ProjectId $ProjectId -Credential $HuaweiCredential -SortBy UpdateTime -First 1 | Where-Object ServerCount -ge 1");

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "devserver-hps" }.Length, result.OfType(Hyper).Count);
        Assert.StartsWith("devserver-", result.Values(Hyper, "Name")[0]);
    }

    [Fact]
    public void Names_piped_in_by_property_name_are_looked_for_in_one_listing()
    {
        const string HyperPath = "/v1/{project_id}/dev-servers/hyperinstance";
        var picked = _session.Run("@(Get-HyperInstance -BaseUri $Base -ProjectId $ProjectId -AccessKey $AccessKey -SecretKey $SecretKey -PageSize 16)[3..6] | ForEach-Object { [pscustomobject]@{ Name = $_.Name } }");
        Assert.Null(picked.Terminating);
        var names = picked.Output.Select(o => o.Properties["Name"].Value?.ToString()).ToList();
        Assert.Equal(4, names.Count);
        var requestsBefore = _session.Emulator.Counters.Requests(HyperPath);

        var result = _session.Run("$Picked | Get-HyperInstance -BaseUri $Base -ProjectId $ProjectId -AccessKey $AccessKey -SecretKey $SecretKey", new Dictionary<string, object?> { ["Picked"] = picked.Output.ToArray() });

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(names, result.Values(Hyper, "Name"));
        Assert.Equal(1, _session.Emulator.Counters.Requests(HyperPath) - requestsBefore);
    }

    [Fact]
    public void Connect_with_an_iam_user_then_list_with_the_session_default()
    {
        var result = _session.Run("Connect-GpuCloud -Provider ModelArts -IamCredential $IamCredential -DomainName emulator-domain -ProjectId $ProjectId -BaseUri $Base -IamBaseUri $Base; Get-HyperInstance -First 3; Get-GpuCloudContext ModelArts");

        Assert.Null(result.Terminating);
        Assert.Equal(3, result.OfType(Hyper).Count);
        var context = Assert.Single(result.OfType("GpuCloud.Models.GpuCloudContext"));
        Assert.Equal("IAM password", context.Properties["AuthenticationMethod"].Value);
        Assert.DoesNotContain(result.AllText, t => t.Contains("emulator-password"));
    }

    [Fact]
    public void Connect_with_an_iam_user_finds_both_endpoints_in_the_environment()
    {
        var result = _session.Run("$env:MODELARTS_BASE_URI = $Base; "
            + "try { Connect-GpuCloud -Provider ModelArts -IamCredential $IamCredential -DomainName emulator-domain -ProjectId $ProjectId -PassThru } finally { $env:MODELARTS_BASE_URI = $null }");

        Assert.Null(result.Terminating);
        var context = Assert.Single(result.OfType("GpuCloud.Models.GpuCloudContext"));
        Assert.Equal("IAM password", context.Properties["AuthenticationMethod"].Value);
    }

    [Fact]
    public void A_context_object_selects_the_account_per_call()
    {
        var result = _session.Run("$ctx = Connect-GpuCloud -Provider ModelArts -AccessKey $AccessKey -SecretKey $SecretKey -ProjectId $ProjectId -BaseUri $Base -PassThru; Disconnect-GpuCloud; Get-HyperInstance -Context $ctx -First 2");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Warnings);
        Assert.Equal(2, result.OfType(Hyper).Count);
    }

    [Fact]
    public void A_wrong_secret_key_is_an_authentication_error_with_the_gateway_code_and_no_secret()
    {
        var result = _session.Run("Get-HyperInstance -BaseUri $Base -ProjectId $ProjectId -AccessKey $AccessKey -SecretKey $Wrong", new Dictionary<string, object?> { ["Wrong"] = ModuleSession.Secure("wrong-secret-key-value") });

        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.AuthenticationError, result.Terminating!.CategoryInfo.Category);
        Assert.StartsWith("ModelArts.APIGW.0301", result.Terminating.FullyQualifiedErrorId);
        Assert.Contains("request id", result.Terminating.Exception.Message);
        Assert.DoesNotContain(result.AllText, t => t.Contains("wrong-secret-key-value"));
    }

    [Theory]
    [InlineData("Get-HyperInstance -BaseUri $Base -ProjectId $ProjectId -AccessKey $Ak -SecretKey $SecretKey")]
    [InlineData("Connect-GpuCloud -Provider ModelArts -BaseUri $Base -ProjectId $ProjectId -AccessKey $Ak -SecretKey $SecretKey")]
    public void An_access_key_that_cannot_be_sent_in_a_header_is_an_invalid_argument_naming_the_parameter_not_the_value(string command)
    {
        var result = _session.Run(command, new Dictionary<string, object?> { ["Ak"] = "\u00c4K-s3cr3t" });

        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.InvalidArgument, result.Terminating!.CategoryInfo.Category);
        Assert.StartsWith("GpuCloud.InvalidParameter.AccessKey", result.Terminating.FullyQualifiedErrorId);
        Assert.StartsWith("-AccessKey contains a character that cannot be sent in an HTTP header", result.Terminating.Exception.Message);
        Assert.DoesNotContain(result.AllText, t => t.Contains("s3cr3t"));
    }

    [Fact]
    public void Connect_refuses_parameters_of_another_provider()
    {
        var result = _session.Run("Connect-GpuCloud -Provider Ppio -AccessKey $AccessKey -SecretKey $SecretKey -ProjectId $ProjectId -BaseUri $Base");

        Assert.NotNull(result.Terminating);
        Assert.Contains("-Provider Ppio", result.Terminating!.Exception.Message);
    }

    [Fact]
    public void Runbook_environment_variables_alone_are_enough()
    {
        var result = _session.Run("$env:HUAWEICLOUD_SDK_AK = $AccessKey; $env:HUAWEICLOUD_SDK_SK = 'emulator-secret-key'; $env:HUAWEICLOUD_SDK_PROJECT_ID = $ProjectId; $env:MODELARTS_BASE_URI = $Base; "
            + "try { Get-HyperInstance -First 4 } finally { 'HUAWEICLOUD_SDK_AK','HUAWEICLOUD_SDK_SK','HUAWEICLOUD_SDK_PROJECT_ID','MODELARTS_BASE_URI' | ForEach-Object { [Environment]::SetEnvironmentVariable($_, $null) } }");

        Assert.Null(result.Terminating);
        Assert.Equal(4, result.OfType(Hyper).Count);
    }
}
