using System.Management.Automation;
using GpuCloud.Emulator;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

[Collection(ModuleCollection.Name)]
public sealed class ScnetCmdletTests
{
    private const string Instance = "GpuCloud.Models.ContainerInstance";
    private const string Quota = "GpuCloud.Models.NodeQuota";
    private const string DocumentContainerId = "4c1f43ddb030483e89b55413bee6c004";
    private readonly ModuleSession _session;

    public ScnetCmdletTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
        _session.Run("Disconnect-GpuCloud");
    }

    [Fact]
    public void Ids_in_give_one_object_or_one_error_each_in_input_order()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(6).ToList();
        ids.Insert(3, "ffffffffffffffffffffffffffffffff");
        var result = _session.Run("$Ids | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaxConcurrency 3", new Dictionary<string, object?> { ["Ids"] = ids.ToArray() });

        Assert.Null(result.Terminating);
        Assert.Equal(ids.Where(i => i != "ffffffffffffffffffffffffffffffff"), result.Values(Instance, "Id"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("ffffffffffffffffffffffffffffffff", error.TargetObject);
        Assert.StartsWith("Scnet.10004", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void A_sign_in_from_the_environment_with_a_variable_missing_names_the_missing_variable()
    {
        var result = _session.Run("$env:SCNET_USER = 'emulator'; $env:SCNET_PASSWORD = 'emulator-password'; try { Get-ContainerInstance a1 } finally { $env:SCNET_USER = $null; $env:SCNET_PASSWORD = $null }");

        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.InvalidArgument, result.Terminating!.CategoryInfo.Category);
        Assert.Contains("SCNET_ORG_ID is not set", result.Terminating.Exception.Message);
        Assert.DoesNotContain("emulator-password", result.Terminating.Exception.Message);
    }

    [Fact]
    public void A_sign_in_that_cannot_reach_the_platform_stops_the_command_once()
    {
        var result = _session.Run("$env:SCNET_USER = 'emulator'; $env:SCNET_PASSWORD = 'emulator-password'; $env:SCNET_ORG_ID = 'emulator-org'; $env:SCNET_AUTH_BASE_URI = 'http://127.0.0.1:1'; " +
            "try { 'a1', 'b2', 'c3' | Get-ContainerInstance -MaximumRetryCount 0 -TimeoutSec 5 } finally { $env:SCNET_USER = $null; $env:SCNET_PASSWORD = $null; $env:SCNET_ORG_ID = $null; $env:SCNET_AUTH_BASE_URI = $null }");

        Assert.NotNull(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(ErrorCategory.ConnectionError, result.Terminating!.CategoryInfo.Category);
    }

    [Fact]
    public void An_ai_service_that_cannot_be_reached_stops_the_command_once_instead_of_failing_every_id()
    {
        var result = _session.Run("'a1', 'b2', 'c3', 'd4', 'e5' | Get-ContainerInstance -BaseUri 'http://127.0.0.1:1' -Token $ScnetToken -MaximumRetryCount 0 -TimeoutSec 5");

        Assert.NotNull(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(ErrorCategory.ConnectionError, result.Terminating!.CategoryInfo.Category);
        Assert.Contains("SCNet AI service at http://127.0.0.1:1/ cannot be reached", result.Terminating.Exception.Message);
    }

    [Fact]
    public void A_connection_dropped_on_every_attempt_for_one_id_fails_that_id_only_once_the_service_has_answered()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(8).ToArray();
        _session.Emulator.Options.Faults.DropConnection = new FaultSwitch { Next = 2, PathContains = ids[5] };

        var result = _session.Run("$Ids | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 1 -MaxConcurrency 2", new Dictionary<string, object?> { ["Ids"] = ids });

        Assert.Null(result.Terminating);
        Assert.Equal(ids.Where(id => id != ids[5]), result.Values(Instance, "Id"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Equal(ids[5], error.TargetObject);
    }

    [Fact]
    public void An_ai_service_that_goes_away_after_answering_stops_the_command_at_the_second_id_it_fails_in_a_row()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(40).ToArray();

        var result = _session.Run("$Ids | ForEach-Object { if ($_ -eq $Ids[3]) { $Faults.DropConnection.Rate = 1 }; $_ } | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 1 -MaxConcurrency 1",
            new Dictionary<string, object?> { ["Ids"] = ids, ["Faults"] = _session.Emulator.Options.Faults });

        Assert.Equal(ids.Take(3), result.Values(Instance, "Id"));
        Assert.Equal(ids[3], Assert.Single(result.Errors).TargetObject);
        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.ConnectionError, result.Terminating!.CategoryInfo.Category);
        Assert.Equal(3 + 2 * 2, _session.Emulator.Counters.Requests("/ai/openapi/v2/instance-service/{id}/detail"));
    }

    [Fact]
    public void A_connection_dropped_on_every_attempt_for_one_quota_fails_that_quota_only_once_the_service_has_answered()
    {
        // The quota path carries the group in its query, which faults do not match on: the drops are switched on as A800 goes by.
        var result = _session.Run("@([pscustomobject]@{ AcceleratorType = 'gpu'; ResourceGroup = 'TeslaM40' }, [pscustomobject]@{ AcceleratorType = 'gpu'; ResourceGroup = 'A800' }, [pscustomobject]@{ AcceleratorType = 'dcu'; ResourceGroup = 'K100' }) | " +
            "ForEach-Object { if ($_.ResourceGroup -eq 'A800') { $Faults.DropConnection.Next = 2 }; $_ } | Get-NodeQuota -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 1",
            new Dictionary<string, object?> { ["Faults"] = _session.Emulator.Options.Faults });

        Assert.Null(result.Terminating);
        Assert.Equal(new object?[] { "TeslaM40", "K100" }, result.Values(Quota, "ResourceGroup"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Equal("A800", error.TargetObject);
    }

    [Fact]
    public void An_ai_service_that_answers_503_to_every_id_stops_the_command_once_naming_its_address()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(5).ToArray();
        _session.Emulator.Options.Faults.ServerError = new FaultSwitch { Rate = 1 };
        _session.Emulator.Options.Faults.ServerErrorStatus = 503;

        var result = _session.Run("$Ids | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 1 -MaxConcurrency 1", new Dictionary<string, object?> { ["Ids"] = ids });

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.ResourceUnavailable, result.Terminating!.CategoryInfo.Category);
        Assert.StartsWith("Scnet.10001,GetContainerInstance,ServiceUnavailable", result.Terminating.FullyQualifiedErrorId);
        var message = result.Terminating.Exception.Message;
        Assert.Contains("SCNet AI service at " + _session.Emulator.BaseUri + " is unavailable", message);
        Assert.Contains("HTTP 503", message);
        Assert.Contains("try again later", message);
        Assert.Equal(2, _session.Emulator.Counters.Requests("/ai/openapi/v2/instance-service/{id}/detail"));
    }

    [Fact]
    public void A_503_on_every_attempt_for_one_id_among_answers_fails_that_id_only()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(8).ToArray();
        _session.Emulator.Options.Faults.ServerError = new FaultSwitch { Next = 2, PathContains = ids[5] };
        _session.Emulator.Options.Faults.ServerErrorStatus = 503;

        var result = _session.Run("$Ids | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 1 -MaxConcurrency 2", new Dictionary<string, object?> { ["Ids"] = ids });

        Assert.Null(result.Terminating);
        Assert.Equal(ids.Where(id => id != ids[5]), result.Values(Instance, "Id"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
        Assert.Equal(ids[5], error.TargetObject);
    }

    [Fact]
    public void An_ai_service_that_turns_unavailable_after_answering_stops_the_command_at_the_second_id_it_fails_in_a_row()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(40).ToArray();
        _session.Emulator.Options.Faults.ServerErrorStatus = 502;

        var result = _session.Run("$Ids | ForEach-Object { if ($_ -eq $Ids[3]) { $Faults.ServerError.Rate = 1 }; $_ } | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 1 -MaxConcurrency 1",
            new Dictionary<string, object?> { ["Ids"] = ids, ["Faults"] = _session.Emulator.Options.Faults });

        Assert.Equal(ids.Take(3), result.Values(Instance, "Id"));
        Assert.Equal(ids[3], Assert.Single(result.Errors).TargetObject);
        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.ResourceUnavailable, result.Terminating!.CategoryInfo.Category);
        Assert.Equal(3 + 2 * 2, _session.Emulator.Counters.Requests("/ai/openapi/v2/instance-service/{id}/detail"));
    }

    [Fact]
    public void An_ai_service_that_answers_no_id_in_time_stops_the_command_once()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(3).ToArray();
        _session.Emulator.Options.Faults.LatencyMs = 20_000;
        try
        {
            var result = _session.Run("$Ids | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 0 -TimeoutSec 1 -MaxConcurrency 1", new Dictionary<string, object?> { ["Ids"] = ids });

            Assert.Empty(result.Errors);
            Assert.NotNull(result.Terminating);
            Assert.Equal(ErrorCategory.OperationTimeout, result.Terminating!.CategoryInfo.Category);
            Assert.Contains("is unavailable (it does not answer in time)", result.Terminating.Exception.Message);
            Assert.Equal(1, _session.Emulator.Counters.Requests("/ai/openapi/v2/instance-service/{id}/detail"));
        }
        finally
        {
            _session.Emulator.Options.Faults.LatencyMs = 0;
        }
    }

    [Fact]
    public void One_id_not_answered_in_time_among_answers_fails_that_id_only()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(4).ToArray();
        _session.Emulator.Options.Faults.LatencyMs = 20_000;
        _session.Emulator.Options.Faults.LatencyPathContains = ids[2];
        try
        {
            var result = _session.Run("$Ids | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 0 -TimeoutSec 1 -MaxConcurrency 1", new Dictionary<string, object?> { ["Ids"] = ids });

            Assert.Null(result.Terminating);
            Assert.Equal(ids.Where(id => id != ids[2]), result.Values(Instance, "Id"));
            var error = Assert.Single(result.Errors);
            Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
            Assert.Equal(ids[2], error.TargetObject);
        }
        finally
        {
            _session.Emulator.Options.Faults.LatencyMs = 0;
        }
    }

    [Fact]
    public void An_ai_service_that_answers_503_to_every_quota_stops_the_command_once()
    {
        _session.Emulator.Options.Faults.ServerError = new FaultSwitch { Rate = 1 };
        _session.Emulator.Options.Faults.ServerErrorStatus = 503;

        var result = _session.Run("'TeslaM40', 'A800', 'K100' | ForEach-Object { [pscustomobject]@{ AcceleratorType = 'gpu'; ResourceGroup = $_ } } | Get-NodeQuota -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 1");

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.ResourceUnavailable, result.Terminating!.CategoryInfo.Category);
        Assert.Contains("SCNet AI service at " + _session.Emulator.BaseUri + " is unavailable", result.Terminating.Exception.Message);
        Assert.Equal(2, _session.Emulator.Counters.Requests("/ai/openapi/v2/instance-service/resources"));
    }

    [Fact]
    public void A_503_on_every_attempt_for_one_quota_among_answers_fails_that_quota_only()
    {
        _session.Emulator.Options.Faults.ServerErrorStatus = 503;

        // As for the dropped connection above, the fault is switched on as A800 goes by (faults do not match on the query).
        var result = _session.Run("@([pscustomobject]@{ AcceleratorType = 'gpu'; ResourceGroup = 'TeslaM40' }, [pscustomobject]@{ AcceleratorType = 'gpu'; ResourceGroup = 'A800' }, [pscustomobject]@{ AcceleratorType = 'dcu'; ResourceGroup = 'K100' }) | " +
            "ForEach-Object { if ($_.ResourceGroup -eq 'A800') { $Faults.ServerError.Next = 2 }; $_ } | Get-NodeQuota -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 1",
            new Dictionary<string, object?> { ["Faults"] = _session.Emulator.Options.Faults });

        Assert.Null(result.Terminating);
        Assert.Equal(new object?[] { "TeslaM40", "K100" }, result.Values(Quota, "ResourceGroup"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
        Assert.Equal("A800", error.TargetObject);
    }

    [Fact]
    public void An_error_whose_message_does_not_name_the_id_is_shown_with_it()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(2).ToArray();
        _session.Emulator.Options.Faults.ServerError = new FaultSwitch { Next = 1, PathContains = ids[1] };
        _session.Emulator.Options.Faults.ServerErrorStatus = 500;

        var result = _session.Run("$Ids | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaxConcurrency 1", new Dictionary<string, object?> { ["Ids"] = ids });

        Assert.Null(result.Terminating);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ids[1], error.TargetObject);
        Assert.DoesNotContain(ids[1], error.Exception.Message);
        Assert.EndsWith("(for '" + ids[1] + "').", error.ErrorDetails.Message);
        Assert.Single(result.OfType("GpuCloud.Models.ContainerInstance"));
    }

    [Fact]
    public void A_throttling_service_gets_fewer_requests_at_once_for_the_rest_of_the_command()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(32).ToArray();
        var faults = _session.Emulator.Options.Faults;
        faults.RetryAfterSeconds = 0;
        faults.LatencyMs = 40;
        faults.LatencyPathContains = "/detail";
        faults.Throttle = new FaultSwitch { Next = 1, PathContains = ids[0] };

        var result = _session.Run("$Ids | ForEach-Object { if ($_ -eq $Ids[16]) { $Counters.ResetPeakInFlight() }; $_ } | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaxConcurrency 8",
            new Dictionary<string, object?> { ["Ids"] = ids, ["Counters"] = _session.Emulator.Counters });

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(ids, result.Values(Instance, "Id"));
        Assert.Equal("SCNet GetContainerInstance: the server is throttling; requesting at most 4 instance(s) at once from now on.", Assert.Single(result.Warnings));
        // Measured from the 17th id on, well after the throttling: at most 4 in flight, and one more whose answer the client
        // has read while the emulator is still finishing it (8 without the lowering).
        Assert.InRange(_session.Emulator.Counters.PeakInFlight, 1, 5);
    }

    [Fact]
    public void A_service_that_throttles_every_id_past_its_retries_stops_the_command_once()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(5).ToArray();
        _session.Emulator.Options.Faults.RetryAfterSeconds = 0;
        _session.Emulator.Options.Faults.Throttle = new FaultSwitch { Rate = 1, PathContains = "/detail" };

        var result = _session.Run("$Ids | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 1 -MaxConcurrency 1", new Dictionary<string, object?> { ["Ids"] = ids });

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.LimitsExceeded, result.Terminating!.CategoryInfo.Category);
        Assert.Contains("keeps throttling requests", result.Terminating.Exception.Message);
        Assert.Equal(2, _session.Emulator.Counters.Requests("/ai/openapi/v2/instance-service/{id}/detail"));
    }

    [Fact]
    public void One_id_throttled_past_its_retries_among_answers_is_that_ids_error()
    {
        var ids = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(5).ToArray();
        _session.Emulator.Options.Faults.RetryAfterSeconds = 0;
        _session.Emulator.Options.Faults.Throttle = new FaultSwitch { Next = 2, PathContains = ids[2] };

        var result = _session.Run("$Ids | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaximumRetryCount 1 -MaxConcurrency 1", new Dictionary<string, object?> { ["Ids"] = ids });

        Assert.Null(result.Terminating);
        Assert.Equal(ids.Where(id => id != ids[2]), result.Values(Instance, "Id"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ids[2], error.TargetObject);
        Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
    }

    [Fact]
    public void An_address_that_serves_nothing_says_so_and_names_BaseUri()
    {
        var result = _session.Run("'a1', 'b2' | Get-ContainerInstance -BaseUri ($Base + '/wrong') -Token $ScnetToken");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Contains("nothing serves " + _session.Emulator.BaseUri.ToString().TrimEnd('/') + "/wrong/", error.Exception.Message));
        Assert.All(result.Errors, error => Assert.Contains("check -BaseUri", error.Exception.Message));
    }

    [Fact]
    public void An_id_piped_again_is_requested_once_and_answered_again_in_its_place()
    {
        const string Missing = "ffffffffffffffffffffffffffffffff";
        var known = _session.Emulator.CurrentIds(Listing.ScnetContainers).Take(5).ToList();
        var ids = new List<string> { known[0], known[1], known[0], Missing, known[2], known[1], known[0], known[3], Missing, known[2], known[4], known[0], known[3] };

        var result = _session.Run("$Ids | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken -MaxConcurrency 3 2>&1", new Dictionary<string, object?> { ["Ids"] = ids.ToArray() });

        Assert.Null(result.Terminating);
        Assert.Equal(ids.Distinct().Count(), _session.Emulator.Counters.Requests("/ai/openapi/v2/instance-service/{id}/detail"));
        var answers = result.Output.Select(o => o.BaseObject switch
        {
            ErrorRecord error => "error " + error.TargetObject,
            _ => (string)o.Properties["Id"].Value,
        });
        Assert.Equal(ids.Select(id => id == Missing ? "error " + Missing : id), answers);
        var errors = result.Output.Select(o => o.BaseObject).OfType<ErrorRecord>().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, error => Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category));
    }

    [Fact]
    public void A_container_pipes_into_Get_NodeQuota_for_its_resource_group()
    {
        var result = _session.Run("Get-ContainerInstance -Id $Id -BaseUri $Base -Token $ScnetToken | Get-NodeQuota -BaseUri $Base -Token $ScnetToken", new Dictionary<string, object?> { ["Id"] = DocumentContainerId });

        Assert.Empty(result.Errors);
        var quota = Assert.Single(result.OfType(Quota));
        Assert.Equal("TeslaM40", quota.Properties["ResourceGroup"].Value);
        Assert.Equal(40, quota.Properties["CpuNumber"].Value);
    }

    [Fact]
    public void A_blank_accelerator_type_or_resource_group_from_the_pipeline_is_an_error_of_its_own_and_the_rest_goes_on()
    {
        var result = _session.Run(
            "[pscustomobject]@{ AcceleratorType = 'gpu'; ResourceGroup = 'TeslaM40' }, [pscustomobject]@{ AcceleratorType = ' '; ResourceGroup = 'K100' }, " +
            "[pscustomobject]@{ AcceleratorType = 'dcu'; ResourceGroup = '  ' }, [pscustomobject]@{ AcceleratorType = 'dcu'; ResourceGroup = 'K100' } | Get-NodeQuota -BaseUri $Base -Token $ScnetToken");

        Assert.Null(result.Terminating);
        Assert.Equal(new[] { "TeslaM40", "K100" }, result.Values(Quota, "ResourceGroup"));
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category));
        Assert.StartsWith("GpuCloud.InvalidParameter.AcceleratorType", result.Errors[0].FullyQualifiedErrorId);
        Assert.StartsWith("GpuCloud.InvalidParameter.ResourceGroup", result.Errors[1].FullyQualifiedErrorId);
    }

    [Fact]
    public void A_resource_group_piped_again_is_asked_for_once_and_answered_again_quota_or_error()
    {
        var result = _session.Run(
            "'A800', 'NoSuchGroup', 'A800', 'NoSuchGroup', 'TeslaM40' | ForEach-Object { [pscustomobject]@{ AcceleratorType = 'gpu'; ResourceGroup = $_ } } | " +
            "Get-NodeQuota -BaseUri $Base -Token $ScnetToken 2>&1");

        Assert.Null(result.Terminating);
        Assert.Equal(3, _session.Emulator.Counters.Requests("/ai/openapi/v2/instance-service/resources"));
        var answers = result.Output.Select(o => o.BaseObject switch
        {
            ErrorRecord error => "error " + error.TargetObject,
            _ => (string)o.Properties["ResourceGroup"].Value,
        });
        Assert.Equal(new[] { "A800", "error NoSuchGroup", "A800", "error NoSuchGroup", "TeslaM40" }, answers);
        Assert.All(result.Output.Select(o => o.BaseObject).OfType<ErrorRecord>(), error => Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category));
    }

    [Fact]
    public void A_path_breaking_id_is_a_parameter_error_and_the_rest_goes_on()
    {
        var result = _session.Run("'../resources', $Id | Get-ContainerInstance -BaseUri $Base -Token $ScnetToken", new Dictionary<string, object?> { ["Id"] = DocumentContainerId });

        Assert.Equal(new[] { DocumentContainerId }, result.Values(Instance, "Id"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("-Id", error.Exception.Message);
    }

    [Fact]
    public void Connect_with_a_credential_signs_in_finds_the_ai_service_and_becomes_the_default()
    {
        var result = _session.Run("Connect-GpuCloud -Provider Scnet -Credential $ScnetCredential -OrgId $OrgId -AuthBaseUri $Base -PassThru; Get-ContainerInstance $Id; Get-GpuCloudContext -Provider Scnet",
            new Dictionary<string, object?> { ["Id"] = DocumentContainerId });

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(new[] { DocumentContainerId }, result.Values(Instance, "Id"));
        var contexts = result.OfType("GpuCloud.Models.GpuCloudContext");
        Assert.Equal(2, contexts.Count);
        Assert.Equal("Credential", contexts[0].Properties["AuthenticationMethod"].Value);
        Assert.NotNull(contexts[0].Properties["ExpiresOn"].Value);
        Assert.DoesNotContain(result.AllText, t => t.Contains("emulator-password"));
    }

    [Fact]
    public void An_expired_token_is_a_terminating_authentication_error()
    {
        var result = _session.Run("Get-ContainerInstance $Id -BaseUri $Base -Token $Expired", new Dictionary<string, object?>
        {
            ["Id"] = DocumentContainerId,
            ["Expired"] = ModuleSession.Secure(_session.Emulator.IssueScnetToken(TimeSpan.FromMinutes(-1))),
        });

        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.AuthenticationError, result.Terminating!.CategoryInfo.Category);
        Assert.Contains("expired", result.Terminating.Exception.Message);
    }

    [Fact]
    public void Without_credentials_the_error_names_the_parameters_and_variables()
    {
        var result = _session.Run("Get-ContainerInstance $Id", new Dictionary<string, object?> { ["Id"] = DocumentContainerId });

        Assert.NotNull(result.Terminating);
        Assert.Contains("-Token", result.Terminating!.Exception.Message);
        Assert.Contains("SCNET_TOKEN", result.Terminating.Exception.Message);
    }
}
