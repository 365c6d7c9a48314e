using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Cmdlets;

/// <summary>The table views of GpuCloud.Format.ps1xml, as a console of a given width shows them.</summary>
[Collection(ModuleCollection.Name)]
public sealed class TableFormatTests
{
    private const string Endpoints = "Get-GpuEndpoint -BaseUri $Base -ApiKey $PpioKey -First 5";
    private const string PrewarmTasks = "Get-ImagePrewarmTask -BaseUri $Base -ApiKey $PpioKey -First 5";
    private const string ContainerInstance = "Get-ContainerInstance 4c1f43ddb030483e89b55413bee6c004 -BaseUri $Base -Token $ScnetToken";
    private const string HyperInstances = "Get-HyperInstance -BaseUri $Base -ProjectId $ProjectId -AccessKey $AccessKey -SecretKey $SecretKey -First 5";
    private const string ScnetContext = "Connect-GpuCloud -Provider Scnet -Token $ScnetToken -BaseUri $Base -PassThru";

    private readonly ModuleSession _session;

    public TableFormatTests(ModuleSession session)
    {
        _session = session;
        _session.Emulator.Reset();
        _session.Run("Disconnect-GpuCloud");
    }

    [SkippableTheory]
    [InlineData(PrewarmTasks, "CreateTime")]
    [InlineData(ContainerInstance, "CreateTime")]
    [InlineData(HyperInstances, "CreateAt")]
    [InlineData(ScnetContext, "ExpiresOn")]
    public void Dates_are_gregorian_whatever_the_calendar_of_the_current_culture(string command, string property)
    {
        Skip.IfNot(SaudiArabicHasAnotherCalendar(), "ar-SA is unknown or Gregorian here (no ICU data), so no table could show another calendar's year");
        var items = Items(command);

        var table = Render(items, 200, "ar-SA");

        Assert.All(UtcDates(items, property), date => Assert.Contains(date, table));
    }

    [Theory]
    [InlineData(PrewarmTasks, "CreateTime", new[] { "Id", "ImageName", "State", "ClusterId", "SizeGB", "CreateTime (UTC)" })]
    [InlineData(ContainerInstance, "CreateTime", new[] { "InstanceServiceName", "Status", "ResourceGroup", "Accel", "GPU", "CPU", "CreateTime (UTC)" })]
    [InlineData(ScnetContext, "ExpiresOn", new[] { "Provider", "Identity", "Method", "ExpiresOn (UTC)", "BaseUri" })]
    public void At_80_columns_no_header_wraps_and_dates_are_shown_in_full(string command, string property, string[] headers)
    {
        var items = Items(command);

        var lines = Render(items, 80, null).Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0).ToList();

        Assert.All(lines, line => Assert.True(line.Length <= 80, line));
        Assert.All(headers, label => Assert.Contains(label, lines[0]));
        Assert.StartsWith("--", lines[1]);
        var rows = lines.Skip(2).ToList();
        var dates = UtcDates(items, property);
        Assert.Equal(dates.Count, rows.Count);
        Assert.All(rows.Zip(dates), row => Assert.Contains(row.Second, row.First));
    }

    [Theory]
    [InlineData(Endpoints, 80, new[] { "Name", "StateName", "Workers", "Healthy", "ClusterId", "Id" })]
    [InlineData(PrewarmTasks, 80, new[] { "Id", "ImageName", "State", "ClusterId" })]
    [InlineData(HyperInstances, 104, new[] { "Name", "Status", "Servers", "CreateAt (UTC)", "Id" })]
    public void The_id_other_commands_take_is_shown_in_full(string command, int width, string[] headers)
    {
        var items = Items(command);

        var lines = Render(items, width, null).Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0).ToList();

        Assert.All(headers, label => Assert.Contains(label, lines[0]));
        var rows = lines.Skip(2).ToList();
        Assert.Equal(items.Count, rows.Count);
        Assert.All(rows.Zip(items), row => Assert.Contains((string)row.Second.Properties["Id"].Value, row.First));
    }

    [Fact]
    public void At_80_columns_a_hyperinstance_row_still_shows_the_start_of_its_id()
    {
        var items = Items(HyperInstances);

        var lines = Render(items, 80, null).Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0).ToList();

        Assert.EndsWith("Id", lines[0]);
        Assert.All(lines.Skip(2).Zip(items), row => Assert.Contains(((string)row.Second.Properties["Id"].Value)[..8], row.First));
    }

    [Fact]
    public void The_session_options_show_as_the_parameters_that_set_them_with_the_values_in_effect()
    {
        var items = Items("Set-GpuCloudOption -MaximumRetryCount 8 -TotalTimeoutSec 600 -PassThru; Set-GpuCloudOption -Reset");

        var lines = Render(items, 80, null).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

        Assert.Equal(new[] { "MaximumRetryCount : 8", "TimeoutSec        : 30", "TotalTimeoutSec   : 600", "MaxConcurrency    : 4" }, lines);
    }

    private IReadOnlyList<PSObject> Items(string command)
    {
        var result = _session.Run(command + "; Disconnect-GpuCloud");
        Assert.True(result.Terminating == null && result.Errors.Count == 0, string.Join(Environment.NewLine, result.AllText));
        Assert.NotEmpty(result.Output);
        return result.Output;
    }

    private static bool SaudiArabicHasAnotherCalendar()
    {
        try
        {
            return CultureInfo.GetCultureInfo("ar-SA").Calendar is not GregorianCalendar;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The dates as the view should show them: UTC, 'yyyy-MM-dd HH:mm:ss', Gregorian.</summary>
    private static List<string> UtcDates(IEnumerable<PSObject> items, string property) =>
        items.Select(item => ((DateTimeOffset)item.Properties[property].Value).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).ToList();

    /// <summary>The objects through Out-Host in a runspace with the module imported, on a console <paramref name="width"/> wide.</summary>
    private static string Render(IEnumerable<PSObject> items, int width, string? culture)
    {
        var host = new TextCaptureHost(width);
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(RepositoryPaths.ModuleManifest);
        using var runspace = RunspaceFactory.CreateRunspace(host, state);
        runspace.Open();
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        runspace.SessionStateProxy.SetVariable("Items", items.ToArray());
        runspace.SessionStateProxy.SetVariable("Culture", culture);
        shell.AddScript("if ($Culture) { [System.Threading.Thread]::CurrentThread.CurrentCulture = [cultureinfo]::GetCultureInfo($Culture) }\n$Items | Out-Host").Invoke();
        Assert.Empty(shell.Streams.Error);
        return host.Text;
    }
}
