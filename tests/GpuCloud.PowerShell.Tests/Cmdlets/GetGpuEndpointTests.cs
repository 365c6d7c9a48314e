using System.Management.Automation;
using GpuCloud.Emulator;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

[Collection(ModuleCollection.Name)]
public sealed class GetGpuEndpointTests
{
    private const string Endpoint = "GpuCloud.Models.GpuEndpoint";
    private readonly ModuleSession _session;

    public GetGpuEndpointTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
    }

    [Fact]
    public void Lists_every_endpoint_as_typed_objects()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 25");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(_session.Emulator.CurrentIds(Listing.PpioEndpoints), result.Values(Endpoint, "Id"));
    }

    [Fact]
    public void First_Skip_and_IncludeTotalCount_behave_like_other_paging_cmdlets()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -Skip 10 -First 3 -IncludeTotalCount");

        Assert.Null(result.Terminating);
        Assert.Equal(120UL, result.Output[0].BaseObject);
        Assert.Equal(1.0, result.Output[0].Properties["Accuracy"].Value);
        Assert.Equal(_session.Emulator.CurrentIds(Listing.PpioEndpoints).Skip(10).Take(3), result.Values(Endpoint, "Id"));
    }

    [Fact]
    public void First_0_with_IncludeTotalCount_writes_the_count_alone_from_one_small_request()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 0 -IncludeTotalCount");

        Assert.Null(result.Terminating);
        var count = Assert.Single(result.Output);
        Assert.Equal(120UL, count.BaseObject);
        Assert.Equal(1, _session.Emulator.Counters.Requests("/gpu-instance/openapi/v1/endpoint"));
    }

    [Fact]
    public void A_Skip_past_any_page_number_writes_nothing_and_no_error()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -Skip 4294967296 -PageSize 1");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Empty(result.OfType(Endpoint));
    }

    [Fact]
    public void Name_accepts_wildcards_and_composes_with_Where_Object()
    {
        var expected = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey").OfType(Endpoint)
            .Where(e => ((string)e.Properties["Name"].Value).StartsWith("a", StringComparison.OrdinalIgnoreCase) && (int)e.Properties["WorkerCount"].Value > 0)
            .Select(e => (string?)e.Properties["Id"].Value).ToList();

        var result = _session.Run("Get-GpuEndpoint 'a*' -BaseUri $Base -ApiKey $PpioKey | Where-Object WorkerCount -gt 0");

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Values(Endpoint, "Id"));
    }

    [Theory]
    [InlineData("Get-GpuEndpoint -ApiKey $PpioKey", "/gpu-instance/openapi/v1/endpoint")]
    [InlineData("Get-HyperInstance -ProjectId $ProjectId -AccessKey $AccessKey -SecretKey $SecretKey", "/v1/{project_id}/dev-servers/hyperinstance")]
    public void A_name_that_is_no_valid_wildcard_pattern_is_refused_naming_the_parameter_before_any_request(string command, string route)
    {
        var result = _session.Run(command + " -BaseUri $Base -Name 'gpu-[1', 'a*'");

        Assert.NotNull(result.Terminating);
        Assert.StartsWith("ParameterArgumentValidationError,", result.Terminating!.FullyQualifiedErrorId);
        Assert.Contains("parameter 'Name'", result.Terminating.Exception.Message);
        Assert.Contains("'gpu-[1' is not a valid wildcard pattern", result.Terminating.Exception.Message);
        Assert.Contains("backtick", result.Terminating.Exception.Message);
        Assert.Equal(0, _session.Emulator.Counters.Requests(route));
    }

    [Fact]
    public void Ids_from_the_pipeline_are_found_and_a_missing_one_is_a_non_terminating_error()
    {
        var ids = _session.Emulator.CurrentIds(Listing.PpioEndpoints).Take(2).ToArray();
        var result = _session.Run("$Ids | Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey", new Dictionary<string, object?> { ["Ids"] = ids.Append("no-such-endpoint").ToArray() });

        Assert.Null(result.Terminating);
        Assert.Equal(ids.OrderBy(i => i), result.Values(Endpoint, "Id").OrderBy(i => i));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("no-such-endpoint", error.TargetObject);
    }

    [Fact]
    public void A_blank_id_from_the_pipeline_is_an_error_of_its_own_and_the_other_ids_are_still_read()
    {
        var id = _session.Emulator.CurrentIds(Listing.PpioEndpoints).First();
        var result = _session.Run("$Ids | Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey", new Dictionary<string, object?> { ["Ids"] = new[] { id, "  ", "no-such-endpoint" } });

        Assert.Null(result.Terminating);
        Assert.Equal(new[] { id }, result.Values(Endpoint, "Id"));
        Assert.Equal(2, result.Errors.Count);
        var blank = Assert.Single(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("GpuCloud.InvalidParameter.Id", StringComparison.Ordinal));
        Assert.Equal(ErrorCategory.InvalidArgument, blank.CategoryInfo.Category);
        Assert.Equal("  ", blank.TargetObject);
        Assert.Single(result.Errors, e => e.CategoryInfo.Category == ErrorCategory.ObjectNotFound);
    }

    [Fact]
    public void Only_blank_ids_list_nothing_instead_of_every_endpoint()
    {
        var result = _session.Run("Get-GpuEndpoint -Id ' ' -BaseUri $Base -ApiKey $PpioKey");

        Assert.Null(result.Terminating);
        Assert.Empty(result.OfType(Endpoint));
        Assert.Equal("GpuCloud.InvalidParameter.Id,GpuCloud.PowerShell.Commands.GetGpuEndpointCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(0, _session.Emulator.Counters.Requests("/gpu-instance/openapi/v1/endpoint"));
    }

    [Fact]
    public void An_id_that_exists_but_does_not_match_Name_is_left_out_without_an_error()
    {
        var three = _session.Run("Get-GpuEndpoint -First 3 -BaseUri $Base -ApiKey $PpioKey").OfType(Endpoint);
        var kept = three[0];

        var result = _session.Run("Get-GpuEndpoint -Id $Ids -Name $Name -BaseUri $Base -ApiKey $PpioKey", new Dictionary<string, object?>
        {
            ["Ids"] = three.Select(e => (string)e.Properties["Id"].Value).Append("no-such-endpoint").ToArray(),
            ["Name"] = (string)kept.Properties["Name"].Value,
        });

        Assert.Null(result.Terminating);
        Assert.Equal(new[] { (string?)kept.Properties["Id"].Value }, result.Values(Endpoint, "Id"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("no-such-endpoint", error.TargetObject);
    }

    [Fact]
    public void A_wrong_key_is_a_terminating_authentication_error_without_the_key()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $Wrong", new Dictionary<string, object?> { ["Wrong"] = ModuleSession.Secure("sk-wrong-secret-123") });

        Assert.NotNull(result.Terminating);
        var record = result.Terminating!;
        Assert.Contains(record.CategoryInfo.Category, new[] { ErrorCategory.AuthenticationError, ErrorCategory.PermissionDenied });
        Assert.StartsWith("Ppio.INVALID_API_KEY", record.FullyQualifiedErrorId);
        Assert.DoesNotContain(result.AllText, t => t.Contains("sk-wrong-secret-123"));
    }

    [Fact]
    public void Without_any_key_the_error_names_the_parameter_and_the_environment_variable()
    {
        var result = _session.Run("$env:PPIO_API_KEY = $null; Get-GpuEndpoint -BaseUri $Base");

        Assert.NotNull(result.Terminating);
        Assert.Contains("-ApiKey", result.Terminating!.Exception.Message);
        Assert.Contains("PPIO_API_KEY", result.Terminating.Exception.Message);
        Assert.Equal(ErrorCategory.InvalidArgument, result.Terminating.CategoryInfo.Category);
    }

    [Fact]
    public void A_NUL_inside_a_key_is_refused_not_taken_as_the_end_of_the_key()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $Key -First 1", new Dictionary<string, object?> { ["Key"] = ModuleSession.Secure("emulator-ppio-key\0rest") });

        Assert.Empty(result.OfType(Endpoint));
        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.InvalidArgument, result.Terminating!.CategoryInfo.Category);
        Assert.Contains("a control character at position 18", result.Terminating.Exception.Message);
    }

    [Fact]
    public void A_key_from_the_environment_that_cannot_be_sent_in_a_header_names_the_variable_not_the_value()
    {
        var result = _session.Run("$env:PPIO_API_KEY = $K; try { Get-GpuEndpoint -BaseUri $Base } finally { $env:PPIO_API_KEY = $null }", new Dictionary<string, object?> { ["K"] = "sk-s3cr3t\u201d" });

        Assert.NotNull(result.Terminating);
        Assert.Equal(ErrorCategory.InvalidArgument, result.Terminating!.CategoryInfo.Category);
        Assert.StartsWith("GpuCloud.InvalidParameter.ApiKey", result.Terminating.FullyQualifiedErrorId);
        Assert.StartsWith("The environment variable PPIO_API_KEY contains a character that cannot be sent in an HTTP header", result.Terminating.Exception.Message);
        Assert.DoesNotContain(result.AllText, t => t.Contains("s3cr3t"));
    }

    [Fact]
    public void Environment_variables_alone_are_enough_for_a_runbook()
    {
        var result = _session.Run("$env:PPIO_API_KEY = 'emulator-ppio-key'; $env:PPIO_BASE_URI = $Base; try { Get-GpuEndpoint -First 2 } finally { $env:PPIO_API_KEY = $null; $env:PPIO_BASE_URI = $null }");

        Assert.Null(result.Terminating);
        Assert.Equal(2, result.OfType(Endpoint).Count);
    }

    [Fact]
    public void Debug_and_verbose_streams_never_show_the_key()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 1 -Debug -Verbose");

        Assert.NotEmpty(result.Debug);
        Assert.Contains(result.Debug, d => d.Contains("Authorization: Bearer ***"));
        Assert.DoesNotContain(result.AllText, t => t.Contains("emulator-ppio-key"));
    }

    [Fact]
    public void Verbose_tells_the_servers_count_how_the_pages_are_read_and_what_was_written()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10 -MaxConcurrency 3 -Verbose");

        Assert.Empty(result.Errors);
        Assert.Contains("PPIO ListEndpoints: the server counts 120 item(s); reading 11 more page(s) of 10, up to 3 at a time.", result.Verbose);
        Assert.Matches(@"^PPIO ListEndpoints: 120 item\(s\) written from 12 page\(s\) in \d+ ms\.$", result.Verbose.Last());
    }

    [Fact]
    public void Every_property_renders_as_readable_text_for_Export_Csv()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 20 | ForEach-Object { $_.PSObject.Properties | Where-Object { $null -ne $_.Value } | ForEach-Object { $_.Value.ToString() } }");

        Assert.NotEmpty(result.Output);
        Assert.DoesNotContain(result.Output, o => o.ToString().Contains("GpuCloud.Models") || o.ToString().Contains("System."));
    }

    [Fact]
    public void A_bad_base_uri_names_the_parameter()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri 'http://example.com' -ApiKey $PpioKey");

        Assert.NotNull(result.Terminating);
        Assert.Contains("-BaseUri", result.Terminating!.Exception.Message);
    }

    [Fact]
    public void Objects_and_warnings_keep_the_order_they_were_written_in()
    {
        // The first request fails twice (503) and is retried: the listing says so in a warning written once it has ended. The
        // last pages are in before the cmdlet gets to them, so their objects are handed to the pipeline together, and the
        // warning written after them must not overtake them.
        _session.Emulator.Options.Faults.ServerError = new FaultSwitch { Next = 2, PathContains = "/endpoint" };
        _session.Emulator.Options.Faults.ServerErrorStatus = 503;

        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10 -MaxConcurrency 8 3>&1");

        var output = result.Output.ToList();
        var retried = output.FindIndex(o => o.BaseObject is WarningRecord w && w.Message.Contains("had to be retried"));
        var lastEndpoint = output.FindLastIndex(o => o.BaseObject.GetType().FullName == Endpoint);
        Assert.Null(result.Terminating?.Exception.Message);
        Assert.True(retried > lastEndpoint, "the warning about retries came at " + retried + ", before the last endpoint at " + lastEndpoint);
        Assert.Equal(_session.Emulator.CurrentIds(Listing.PpioEndpoints), result.Values(Endpoint, "Id"));
    }

    [Fact]
    public void Reading_stops_once_every_requested_id_is_found()
    {
        var id = _session.Emulator.CurrentIds(Listing.PpioEndpoints)[3];

        var result = _session.Run("Get-GpuEndpoint -Id $Id -BaseUri $Base -ApiKey $PpioKey -PageSize 10 -MaxConcurrency 1", new Dictionary<string, object?> { ["Id"] = id });

        Assert.Equal(new[] { id }, result.Values(Endpoint, "Id"));
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(1, _session.Emulator.Counters.Requests("/gpu-instance/openapi/v1/endpoint"));
    }

    [Fact]
    public void With_a_name_filter_the_total_count_is_marked_as_an_estimate()
    {
        var result = _session.Run("Get-GpuEndpoint 'a*' -BaseUri $Base -ApiKey $PpioKey -IncludeTotalCount");

        Assert.Equal(120UL, result.Output[0].BaseObject);
        Assert.Equal(0.5, result.Output[0].Properties["Accuracy"].Value);
    }
}
