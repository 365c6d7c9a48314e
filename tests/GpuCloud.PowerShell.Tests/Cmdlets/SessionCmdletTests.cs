using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

[Collection(ModuleCollection.Name)]
public sealed class SessionCmdletTests
{
    private const string Endpoint = "GpuCloud.Models.GpuEndpoint";
    private readonly ModuleSession _session;

    public SessionCmdletTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
        _session.Run("Disconnect-GpuCloud; Set-GpuCloudOption -Reset");
    }

    [Fact]
    public void Connect_makes_a_session_default_that_Disconnect_removes()
    {
        var connected = _session.Run("Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base; Get-GpuEndpoint -First 2; (Get-GpuCloudContext).Provider");
        Assert.Null(connected.Terminating);
        Assert.Empty(connected.Warnings);
        Assert.Equal(2, connected.OfType(Endpoint).Count);
        Assert.Contains(connected.Output, o => o.ToString() == "Ppio");

        var disconnected = _session.Run("Disconnect-GpuCloud -Provider Ppio; $env:PPIO_API_KEY = $null; Get-GpuEndpoint -First 1");
        Assert.NotNull(disconnected.Terminating);
        Assert.Contains("PPIO_API_KEY", disconnected.Terminating!.Exception.Message);
    }

    [Fact]
    public void Disconnect_with_WhatIf_keeps_the_connection()
    {
        var result = _session.Run("Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base; Disconnect-GpuCloud -WhatIf; Disconnect-GpuCloud -Provider Ppio -WhatIf; (Get-GpuCloudContext).Provider");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal("Ppio", Assert.Single(result.Output).ToString());
    }

    [Fact]
    public void Set_option_with_WhatIf_changes_nothing()
    {
        var result = _session.Run("Set-GpuCloudOption -MaxConcurrency 2; Set-GpuCloudOption -MaxConcurrency 7 -TimeoutSec 9 -WhatIf -PassThru; Set-GpuCloudOption -Reset -WhatIf; (Set-GpuCloudOption -PassThru).MaxConcurrency");

        Assert.Null(result.Terminating);
        Assert.Equal("2", Assert.Single(result.Output).ToString());
    }

    [Theory]
    [InlineData("Get-GpuEndpoint -First 1 -ApiKey $Empty", "ApiKey")]
    [InlineData("Get-ContainerInstance 4c1f43ddb030483e89b55413bee6c004 -Token $Empty", "Token")]
    [InlineData("Get-HyperInstance -First 1 -Token $Empty", "Token")]
    [InlineData("Get-HyperInstance -First 1 -AccessKey EMULATORACCESSKEY -SecretKey $Empty", "SecretKey")]
    [InlineData("Connect-GpuCloud -Provider Ppio -ApiKey $Empty", "ApiKey")]
    public void An_empty_secret_is_refused_naming_the_parameter_instead_of_falling_back_to_the_session_default(string command, string parameter)
    {
        var result = _session.Run("Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base; $Empty = [System.Security.SecureString]::new(); " + command);

        Assert.NotNull(result.Terminating);
        Assert.Equal("ParameterArgumentValidationError," + result.Terminating!.FullyQualifiedErrorId.Split(',')[1], result.Terminating.FullyQualifiedErrorId);
        Assert.Contains("'" + parameter + "'", result.Terminating.Exception.Message);
        Assert.Contains("empty secret", result.Terminating.Exception.Message);
        Assert.Equal(!command.StartsWith("Connect-GpuCloud", StringComparison.Ordinal), result.Terminating.Exception.Message.Contains("leave the parameter out", StringComparison.Ordinal));
        Assert.Empty(result.OfType(Endpoint));
    }

    [Fact]
    public void The_context_shows_no_secret()
    {
        var result = _session.Run("$c = Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base -PassThru; $c.PSObject.Properties | ForEach-Object { \"$($_.Name)=$($_.Value)\" }; $c.ToString()");

        Assert.Null(result.Terminating);
        Assert.NotEmpty(result.Output);
        Assert.DoesNotContain(result.AllText, t => t.Contains("emulator-ppio-key"));
    }

    [Fact]
    public void A_wrong_key_fails_Connect_and_leaves_no_default()
    {
        var result = _session.Run("Connect-GpuCloud -Provider Ppio -ApiKey $Wrong -BaseUri $Base; @(Get-GpuCloudContext).Count", new Dictionary<string, object?> { ["Wrong"] = ModuleSession.Secure("wrong") });

        Assert.NotNull(result.Terminating);
        Assert.Empty(result.OfType("GpuCloud.Models.GpuCloudContext"));
    }

    [Fact]
    public void Connect_to_ModelArts_with_a_token_but_no_project_says_the_project_is_missing()
    {
        var result = _session.Run("Connect-GpuCloud -Provider ModelArts -Token $ScnetToken -BaseUri $Base");

        Assert.NotNull(result.Terminating);
        Assert.Equal("GpuCloud.Configuration.ProjectId", result.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("-Provider ModelArts with -Token needs -ProjectId too (the project the IAM token is scoped to).", result.Terminating.Exception.Message);
        Assert.Empty(_session.Run("Get-GpuCloudContext").Output);
    }

    [Fact]
    public void Connect_rides_out_a_throttled_probe_without_a_warning_about_listing_concurrency()
    {
        _session.Emulator.Options.Faults.Throttle.Next = 1;
        _session.Emulator.Options.Faults.RetryAfterSeconds = 0;

        var result = _session.Run("Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base -Verbose; (Get-GpuCloudContext).Provider");

        Assert.Null(result.Terminating);
        Assert.Contains(result.Verbose, v => v.Contains("HTTP 429") && v.Contains("retrying"));
        Assert.Empty(result.Warnings);
        Assert.Contains(result.Output, o => o.ToString() == "Ppio");
    }

    [Fact]
    public void The_page_number_base_set_after_Connect_takes_effect()
    {
        _session.Emulator.Options.PpioPageNumBase = 0;
        try
        {
            var result = _session.Run("Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base; $env:PPIO_PAGE_NUMBER_BASE = '0'; try { Get-GpuEndpoint -PageSize 10 } finally { $env:PPIO_PAGE_NUMBER_BASE = $null }");

            Assert.Null(result.Terminating);
            Assert.Empty(result.Warnings);
            Assert.Equal(_session.Emulator.CurrentIds(GpuCloud.Emulator.Listing.PpioEndpoints), result.Values(Endpoint, "Id"));
        }
        finally
        {
            _session.Emulator.Options.PpioPageNumBase = 1;
        }
    }

    [Fact]
    public void Session_options_apply_until_a_call_overrides_them()
    {
        _session.Emulator.Options.Faults.Throttle.Next = 1;
        _session.Emulator.Options.Faults.RetryAfterSeconds = 0;
        var noRetry = _session.Run("Set-GpuCloudOption -MaximumRetryCount 0; Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 1");
        Assert.NotNull(noRetry.Terminating);
        Assert.Equal(System.Management.Automation.ErrorCategory.LimitsExceeded, noRetry.Terminating!.CategoryInfo.Category);

        _session.Emulator.Options.Faults.Throttle.Next = 1;
        var retried = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 1 -MaximumRetryCount 2 -Verbose");
        Assert.Null(retried.Terminating);
        Assert.Single(retried.OfType(Endpoint));
        Assert.Contains(retried.Verbose, v => v.Contains("HTTP 429") && v.Contains("retrying"));
    }

    [Fact]
    public void The_options_written_by_PassThru_are_the_values_in_effect_and_cannot_be_changed_behind_the_cmdlet()
    {
        var defaults = _session.Run("$o = Set-GpuCloudOption -PassThru; $o.MaximumRetryCount; $o.TimeoutSec; $o.TotalTimeoutSec; $o.MaxConcurrency");
        Assert.Null(defaults.Terminating);
        Assert.Equal(new[] { "4", "30", "300", "4" }, defaults.Output.Select(o => o.ToString()));

        var changed = _session.Run("$o = Set-GpuCloudOption -MaxConcurrency 2 -PassThru; try { $o.MaxConcurrency = 1000 } catch { $_.Exception.Message }; (Set-GpuCloudOption -PassThru).MaxConcurrency");
        Assert.Null(changed.Terminating);
        Assert.Equal(new[] { "'MaxConcurrency' is a ReadOnly property.", "2" }, changed.Output.Select(o => o.ToString()));

        var listed = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10 -Verbose");
        Assert.Null(listed.Terminating);
        Assert.Contains(listed.Verbose, v => v.Contains("up to 2 at a time"));
        Assert.DoesNotContain(listed.Verbose, v => v.Contains("up to 1000 at a time"));

        _session.Emulator.Options.Faults.Throttle.Next = 1;
        _session.Emulator.Options.Faults.RetryAfterSeconds = 0;
        var retried = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 1 -Verbose");
        Assert.Null(retried.Terminating);
        Assert.Single(retried.OfType(Endpoint));
        Assert.Contains(retried.Verbose, v => v.Contains("HTTP 429") && v.Contains("retrying"));
    }

    [Fact]
    public void The_context_refuses_a_new_project_or_region_and_keeps_the_ones_it_connected_with()
    {
        var result = _session.Run(
            "$mc = Connect-GpuCloud -Provider ModelArts -AccessKey $AccessKey -SecretKey $SecretKey -ProjectId $ProjectId -Region cn-north-4 -BaseUri $Base -PassThru\n"
            + "foreach ($assignment in { $mc.ProjectId = 'someotherproject' }, { $mc.Region = 'cn-south-1' }, { $mc.AuthenticationMethod = 'ApiKey' }) { try { & $assignment; 'assigned' } catch { $_.Exception.Message } }\n"
            + "Get-GpuCloudContext -Provider ModelArts");

        Assert.Null(result.Terminating);
        var refusals = result.Output.Where(o => o.BaseObject is string).Select(o => o.ToString()).ToList();
        Assert.Equal(new[] { "'ProjectId' is a ReadOnly property.", "'Region' is a ReadOnly property.", "'AuthenticationMethod' is a ReadOnly property." }, refusals);
        var context = Assert.Single(result.OfType("GpuCloud.Models.GpuCloudContext"));
        Assert.Equal(_session.Emulator.Options.HuaweiProjectId, context.Properties["ProjectId"].Value);
        Assert.Equal("cn-north-4", context.Properties["Region"].Value);
        Assert.Equal("AK/SK", context.Properties["AuthenticationMethod"].Value);
    }

    [Fact]
    public void A_context_of_another_provider_is_refused_instead_of_calling_with_the_session_default()
    {
        var listing = _session.Run(
            "Connect-GpuCloud -Provider ModelArts -AccessKey $AccessKey -SecretKey $SecretKey -ProjectId $ProjectId -BaseUri $Base\n"
            + "$ppio = Connect-GpuCloud -Provider Ppio -ApiKey $PpioKey -BaseUri $Base -PassThru\n"
            + "Get-HyperInstance -Context $ppio -First 1");

        Assert.NotNull(listing.Terminating);
        Assert.StartsWith("GpuCloud.InvalidParameter.Context,", listing.Terminating!.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, listing.Terminating.CategoryInfo.Category);
        Assert.Contains("-Context is a Ppio connection", listing.Terminating.Exception.Message);
        Assert.Contains("this command calls ModelArts", listing.Terminating.Exception.Message);
        Assert.Empty(listing.OfType("GpuCloud.Models.HyperInstance"));

        // One error for the command, not one per id as for an id that is not found.
        var details = _session.Run("'4c1f43ddb030483e89b55413bee6c004', 'no-such-instance' | Get-ContainerInstance -Context $ppio -ErrorVariable perItem -ErrorAction SilentlyContinue");

        Assert.NotNull(details.Terminating);
        Assert.StartsWith("GpuCloud.InvalidParameter.Context,", details.Terminating!.FullyQualifiedErrorId);
        Assert.Contains("this command calls Scnet", details.Terminating.Exception.Message);
        Assert.Empty(details.OfType("GpuCloud.Models.ContainerInstance"));
        Assert.Empty(details.Errors);
    }
}
