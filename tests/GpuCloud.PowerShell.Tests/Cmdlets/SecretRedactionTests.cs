using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

/// <summary>Secrets never reach output, errors, warnings, verbose or debug text, even with -Debug.</summary>
[Collection(ModuleCollection.Name)]
public sealed class SecretRedactionTests
{
    private readonly ModuleSession _session;

    public SecretRedactionTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
        _session.Run("Disconnect-GpuCloud");
    }

    [Fact]
    public void Scnet_tokens_and_passwords_are_redacted_in_debug_traces()
    {
        var token = _session.Emulator.IssueScnetToken();
        var result = _session.Run("Get-ContainerInstance 4c1f43ddb030483e89b55413bee6c004 -BaseUri $Base -Token $T -Debug -Verbose; Connect-GpuCloud -Provider Scnet -Credential $ScnetCredential -OrgId $OrgId -AuthBaseUri $Base -Debug -Verbose",
            new Dictionary<string, object?> { ["T"] = ModuleSession.Secure(token) });

        Assert.Null(result.Terminating);
        Assert.Contains(result.Debug, d => d.Contains("token: ***"));
        Assert.Contains(result.Debug, d => d.Contains("password: ***"));
        Assert.Contains(result.Debug, d => d.Contains("HTTP 200") && d.Contains(" ms"));
        Assert.DoesNotContain(result.AllText, t => t.Contains(token) || t.Contains("emulator-password") || t.Contains(token.Split('.')[2]));
    }

    [Fact]
    public void ModelArts_signatures_and_iam_tokens_are_redacted_in_debug_traces()
    {
        var iamToken = _session.Emulator.IssueIamToken();
        var result = _session.Run("Get-HyperInstance -BaseUri $Base -ProjectId $ProjectId -AccessKey $AccessKey -SecretKey $SecretKey -First 1 -Debug; Get-HyperInstance -BaseUri $Base -ProjectId $ProjectId -Token $T -First 1 -Debug",
            new Dictionary<string, object?> { ["T"] = ModuleSession.Secure(iamToken) });

        Assert.Null(result.Terminating);
        Assert.Contains(result.Debug, d => d.Contains("Authorization: SDK-HMAC-SHA256 ***"));
        Assert.Contains(result.Debug, d => d.Contains("X-Auth-Token: ***"));
        Assert.Contains(result.Debug, d => d.Contains("request id"));
        Assert.DoesNotContain(result.AllText, t => t.Contains(iamToken) || t.Contains("emulator-secret-key") || t.Contains("Signature=") || t.Contains("EMULATORACCESSKEY"));
    }
}
