using System.Management.Automation;
using System.Management.Automation.Runspaces;
using GpuCloud.Emulator;

namespace GpuCloud.PowerShell.Tests.Support;

/// <summary>
/// A real PowerShell runspace (System.Management.Automation, hosted in-process) with the built module
/// from out/GpuCloud imported, talking to an in-process emulator. This is how the cmdlets are
/// exercised as users run them when no pwsh is installed.
/// </summary>
public sealed class ModuleSession : IAsyncLifetime
{
    private Runspace _runspace = null!;

    public EmulatorHost Emulator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Items = 120 });
        var state = InitialSessionState.CreateDefault2();
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
        var import = Run("Import-Module '" + RepositoryPaths.ModuleManifest.Replace("'", "''") + "' -ErrorAction Stop");
        if (import.Terminating != null || import.Errors.Count > 0)
        {
            throw new InvalidOperationException("Import-Module failed: " + string.Join(Environment.NewLine, import.AllText));
        }
    }

    public async Task DisposeAsync()
    {
        _runspace.Dispose();
        await Emulator.DisposeAsync();
    }

    /// <summary>Defines $Base (the emulator root), $PpioKey (SecureString) and friends, then runs the script.</summary>
    public ScriptResult Run(string script, IDictionary<string, object?>? variables = null)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = _runspace;
        if (Emulator != null)
        {
            shell.Runspace.SessionStateProxy.SetVariable("Base", Emulator.BaseUri.ToString().TrimEnd('/'));
            var proxy = shell.Runspace.SessionStateProxy;
            proxy.SetVariable("PpioKey", Secure(Emulator.Options.PpioApiKey));
            proxy.SetVariable("ScnetToken", Secure(Emulator.IssueScnetToken()));
            proxy.SetVariable("ScnetCredential", new PSCredential(Emulator.Options.ScnetUser, Secure(Emulator.Options.ScnetPassword)));
            proxy.SetVariable("OrgId", Emulator.Options.ScnetOrgId);
            proxy.SetVariable("AccessKey", Emulator.Options.HuaweiAccessKey);
            proxy.SetVariable("SecretKey", Secure(Emulator.Options.HuaweiSecretKey));
            proxy.SetVariable("HuaweiCredential", new PSCredential(Emulator.Options.HuaweiAccessKey, Secure(Emulator.Options.HuaweiSecretKey)));
            proxy.SetVariable("IamCredential", new PSCredential(Emulator.Options.IamUser, Secure(Emulator.Options.IamPassword)));
            proxy.SetVariable("ProjectId", Emulator.Options.HuaweiProjectId);
        }

        foreach (var variable in variables ?? new Dictionary<string, object?>())
        {
            shell.Runspace.SessionStateProxy.SetVariable(variable.Key, variable.Value);
        }

        // A cmdlet's terminating error ends its statement; try/catch is how a script (and this test) sees it.
        shell.Runspace.SessionStateProxy.SetVariable("GpuCloudTestCaught", null);
        shell.AddScript("try {\n" + script + "\n} catch { $global:GpuCloudTestCaught = $_ }");
        var output = new List<PSObject>();
        ErrorRecord? terminating = null;
        try
        {
            output.AddRange(shell.Invoke());
            terminating = shell.Runspace.SessionStateProxy.GetVariable("GpuCloudTestCaught") switch
            {
                ErrorRecord record => record,
                PSObject { BaseObject: ErrorRecord record } => record,
                _ => null,
            };
        }
        catch (RuntimeException exception)
        {
            terminating = exception.ErrorRecord;
        }

        return new ScriptResult
        {
            Output = output,
            Errors = shell.Streams.Error.ToList(),
            Warnings = shell.Streams.Warning.Select(w => w.Message).ToList(),
            Verbose = shell.Streams.Verbose.Select(v => v.Message).ToList(),
            Debug = shell.Streams.Debug.Select(d => d.Message).ToList(),
            Terminating = terminating,
        };
    }

    /// <summary>A shell on the session's runspace with the usual variables, for tests that run asynchronously.</summary>
    public System.Management.Automation.PowerShell NewShell()
    {
        Run("$null");
        var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = _runspace;
        return shell;
    }

    public static System.Security.SecureString Secure(string text)
    {
        var secure = new System.Security.SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
