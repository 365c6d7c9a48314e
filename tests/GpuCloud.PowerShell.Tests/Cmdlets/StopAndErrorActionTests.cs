using System.Diagnostics;
using System.Management.Automation;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

[Collection(ModuleCollection.Name)]
public sealed class StopAndErrorActionTests
{
    private readonly ModuleSession _session;

    public StopAndErrorActionTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
        _session.Run("Disconnect-GpuCloud; Set-GpuCloudOption -Reset");
    }

    [Fact]
    public void Stopping_the_pipeline_like_Ctrl_C_cancels_the_request_under_way_within_a_second()
    {
        _session.Emulator.Options.Faults.LatencyMs = 20_000;
        try
        {
            using var shell = _session.NewShell();
            shell.AddScript("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey");
            var running = shell.BeginInvoke();
            SpinWait.SpinUntil(() => _session.Emulator.Counters.TotalRequests > 0, TimeSpan.FromSeconds(10));

            var clock = Stopwatch.StartNew();
            shell.Stop();

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), "Stop took " + clock.Elapsed);
            Assert.True(running.IsCompleted);
            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        }
        finally
        {
            _session.Emulator.Options.Faults.LatencyMs = 0;
        }
    }

    [Fact]
    public void Stopping_during_a_retry_wait_returns_promptly()
    {
        _session.Emulator.Options.Faults.Throttle.Next = 100;
        _session.Emulator.Options.Faults.RetryAfterSeconds = 20;
        using var shell = _session.NewShell();
        shell.AddScript("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey");
        var running = shell.BeginInvoke();
        SpinWait.SpinUntil(() => _session.Emulator.Counters.TotalRequests > 0, TimeSpan.FromSeconds(10));
        Thread.Sleep(200);

        var clock = Stopwatch.StartNew();
        shell.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), "Stop took " + clock.Elapsed);
        Assert.True(running.IsCompleted);
    }

    [Fact]
    public void SilentlyContinue_hides_per_item_errors_and_keeps_the_good_items()
    {
        var result = _session.Run("$found = 'no-such-id', (Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 1).Id | Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -ErrorAction SilentlyContinue -ErrorVariable problems; $found.Count; $problems.Count");

        Assert.Empty(result.Errors);
        Assert.Equal(new object[] { 1, 1 }, result.Output.Select(o => o.BaseObject).ToArray());
    }

    [Fact]
    public void Stop_turns_a_per_item_error_into_a_terminating_one()
    {
        var result = _session.Run("Get-ContainerInstance 'ffffffffffffffffffffffffffffffff' -BaseUri $Base -Token $ScnetToken -ErrorAction Stop; 'not reached'");

        Assert.NotNull(result.Terminating);
        Assert.DoesNotContain(result.Output, o => o.ToString() == "not reached");
        Assert.Equal(ErrorCategory.ObjectNotFound, result.Terminating!.CategoryInfo.Category);
    }

    [Fact]
    public void A_downstream_Select_First_like_stop_ends_the_listing_without_error()
    {
        var result = _session.Run("Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -PageSize 10 | ForEach-Object -Begin { $n = 0 } -Process { $n++; if ($n -gt 3) { break }; $_ }");

        Assert.Equal(3, result.OfType("GpuCloud.Models.GpuEndpoint").Count);
    }
}
