using System.Globalization;
using System.Management.Automation.Host;

namespace GpuCloud.PowerShell.Tests.Support;

/// <summary>
/// A host whose console is a text buffer of a given width: what Out-Host (and Out-Default) writes through it is the
/// table text a user sees. The hosted runspace has no Out-String (it lives in Microsoft.PowerShell.Utility).
/// </summary>
public sealed class TextCaptureHost : PSHost
{
    private readonly TextCaptureHostUserInterface _ui;

    public TextCaptureHost(int width)
    {
        _ui = new TextCaptureHostUserInterface(width);
    }

    public string Text => _ui.Text;

    public override string Name => "GpuCloud.Tests.TextCapture";

    public override Version Version => new(1, 0);

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override PSHostUserInterface UI => _ui;

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override void EnterNestedPrompt() => throw new NotSupportedException();

    public override void ExitNestedPrompt() => throw new NotSupportedException();

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }

    public override void SetShouldExit(int exitCode)
    {
    }
}
