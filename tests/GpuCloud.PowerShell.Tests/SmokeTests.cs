using System.Management.Automation.Runspaces;
namespace GpuCloud.PowerShell.Tests;
public class SmokeTests
{
    [Fact]
    public void Works()
    {
        var iss = InitialSessionState.CreateDefault2();
        using var ps = System.Management.Automation.PowerShell.Create(iss);
        var r = ps.AddScript("1..3 | Where-Object { $_ -gt 1 } | ForEach-Object { $_ * 2 }; Get-Command -Module Microsoft.PowerShell.Core | Measure-Object").Invoke();
        Assert.Equal(3, r.Count);
    }
}
