using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

/// <summary>Connect-GpuCloud with no credentials signs in from the environment; half-given sign-ins are refused naming what is missing.</summary>
[Collection(ModuleCollection.Name)]
public sealed class ConnectParameterSetTests
{
    private const string Context = "GpuCloud.Models.GpuCloudContext";
    private const string ClearEnvironment = "$env:PPIO_API_KEY = $null; $env:SCNET_TOKEN = $null; $env:SCNET_USER = $null; $env:SCNET_PASSWORD = $null; $env:SCNET_ORG_ID = $null; "
        + "$env:SCNET_AUTH_BASE_URI = $null; $env:HUAWEICLOUD_SDK_AK = $null; $env:HUAWEICLOUD_SDK_SK = $null; $env:HUAWEICLOUD_SDK_PROJECT_ID = $null";

    private readonly ModuleSession _session;

    public ConnectParameterSetTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
        _session.Run("Disconnect-GpuCloud; Set-GpuCloudOption -Reset; " + ClearEnvironment);
    }

    [Fact]
    public void Connect_Ppio_without_a_key_signs_in_with_PPIO_API_KEY_and_keeps_the_connection_after_the_variable_is_gone()
    {
        var result = Run("$env:PPIO_API_KEY = 'emulator-ppio-key'; Connect-GpuCloud -Provider Ppio -BaseUri $Base -PassThru; $env:PPIO_API_KEY = $null; Get-GpuEndpoint -First 2");

        Assert.Null(result.Terminating);
        var context = Assert.Single(result.OfType(Context));
        Assert.Equal("ApiKey", context.Properties["AuthenticationMethod"].Value);
        Assert.Equal(2, result.OfType("GpuCloud.Models.GpuEndpoint").Count);
        Assert.DoesNotContain(result.AllText, text => text.Contains("emulator-ppio-key"));
    }

    [Fact]
    public void Connect_Scnet_without_credentials_signs_in_as_the_environment_user()
    {
        var result = Run("$env:SCNET_USER = $ScnetCredential.UserName; $env:SCNET_PASSWORD = $ScnetCredential.GetNetworkCredential().Password; $env:SCNET_ORG_ID = $OrgId; "
            + "Connect-GpuCloud Scnet -AuthBaseUri $Base -PassThru");

        Assert.Null(result.Terminating);
        var context = Assert.Single(result.OfType(Context));
        Assert.Equal("Credential", context.Properties["AuthenticationMethod"].Value);
        Assert.Contains(_session.Emulator.Options.ScnetOrgId, context.Properties["Identity"].Value.ToString());
    }

    [Fact]
    public void Connect_ModelArts_without_credentials_signs_with_the_environment_keys_for_the_given_project()
    {
        var result = Run("$env:HUAWEICLOUD_SDK_AK = $AccessKey; $env:HUAWEICLOUD_SDK_SK = $SecretKey | ForEach-Object { [System.Net.NetworkCredential]::new('', $_).Password }; "
            + "Connect-GpuCloud ModelArts -ProjectId $ProjectId -BaseUri $Base -PassThru; " + ClearEnvironment + "; Get-HyperInstance -First 1");

        Assert.Null(result.Terminating);
        var context = Assert.Single(result.OfType(Context));
        Assert.Equal(_session.Emulator.Options.HuaweiProjectId, context.Properties["ProjectId"].Value);
        Assert.Single(result.OfType("GpuCloud.Models.HyperInstance"));
    }

    [Theory]
    [InlineData("Ppio", "ApiKey", "PPIO_API_KEY")]
    [InlineData("Scnet", "Token", "SCNET_USER")]
    [InlineData("ModelArts", "AccessKey", "HUAWEICLOUD_SDK_AK")]
    public void Connect_with_no_credentials_anywhere_says_how_to_sign_in_to_that_provider(string provider, string parameter, string variable)
    {
        var result = Run("Connect-GpuCloud -Provider " + provider + " -BaseUri $Base");

        Assert.NotNull(result.Terminating);
        Assert.Equal("GpuCloud.Configuration." + parameter, result.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("-" + parameter, result.Terminating.Exception.Message);
        Assert.Contains(variable, result.Terminating.Exception.Message);
        Assert.DoesNotContain("run Connect-GpuCloud", result.Terminating.Exception.Message);
        Assert.Empty(_session.Run("Get-GpuCloudContext").Output);
    }

    [Fact]
    public void Connect_ModelArts_with_a_credential_but_no_project_says_the_project_is_missing()
    {
        var result = Run("Connect-GpuCloud -Provider ModelArts -Credential $HuaweiCredential -BaseUri $Base");

        Assert.NotNull(result.Terminating);
        Assert.Equal("GpuCloud.Configuration.ProjectId", result.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("HUAWEICLOUD_SDK_PROJECT_ID", result.Terminating.Exception.Message);
    }

    [Fact]
    public void Connect_ModelArts_with_a_credential_takes_the_project_from_the_environment()
    {
        var result = Run("$env:HUAWEICLOUD_SDK_PROJECT_ID = $ProjectId; Connect-GpuCloud -Provider ModelArts -Credential $HuaweiCredential -BaseUri $Base -PassThru");

        Assert.Null(result.Terminating);
        Assert.Equal(_session.Emulator.Options.HuaweiProjectId, Assert.Single(result.OfType(Context)).Properties["ProjectId"].Value);
    }

    [Theory]
    [InlineData("$env:SCNET_AUTH_BASE_URI = $Base; Connect-GpuCloud -Provider Scnet -Credential $ScnetCredential", "GpuCloud.Configuration.OrgId")]
    [InlineData("Connect-GpuCloud -Provider Scnet -Credential $ScnetCredential -AuthBaseUri $Base", "MissingMandatoryParameter")]
    public void Connect_Scnet_with_a_credential_but_no_organisation_says_the_organisation_is_missing(string command, string errorId)
    {
        var result = Run(command);

        Assert.NotNull(result.Terminating);
        Assert.Equal(errorId, result.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("OrgId", result.Terminating.Exception.Message);
    }

    [Theory]
    [InlineData("Connect-GpuCloud -Provider Ppio -ProjectId p1", "ProjectId")]
    [InlineData("Connect-GpuCloud -Provider Scnet -Region cn-north-4", "Region")]
    [InlineData("Connect-GpuCloud -Provider ModelArts -AuthBaseUri $Base", "AuthBaseUri")]
    public void Another_providers_parameter_is_refused_naming_it(string command, string parameter)
    {
        var result = Run("$env:PPIO_API_KEY = 'emulator-ppio-key'; " + command);

        Assert.NotNull(result.Terminating);
        Assert.Equal("GpuCloud.Configuration." + parameter, result.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Theory]
    [InlineData("Disconnect-GpuCloud -TimeoutSec 5")]
    [InlineData("Get-GpuCloudContext -MaximumRetryCount 1")]
    public void Session_cmdlets_have_no_request_parameters_they_would_ignore(string command)
    {
        var result = Run(command);

        Assert.NotNull(result.Terminating);
        Assert.StartsWith("NamedParameterNotFound", result.Terminating!.FullyQualifiedErrorId);
    }

    private ScriptResult Run(string script) => _session.Run("try {\n" + script + "\n} finally { " + ClearEnvironment + " }");
}
