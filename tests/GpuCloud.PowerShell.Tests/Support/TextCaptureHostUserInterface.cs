using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace GpuCloud.PowerShell.Tests.Support;

/// <summary>
/// Collects what is written to the host as plain text (like a console without VT support, it drops the escape
/// sequences of $PSStyle); asking the user anything fails, as in a non-interactive session.
/// </summary>
public sealed class TextCaptureHostUserInterface : PSHostUserInterface
{
    private static readonly Regex EscapeSequence = new("\u001b\\[[0-9;]*m", RegexOptions.CultureInvariant);
    private readonly StringBuilder _text = new();
    private readonly TextCaptureRawUserInterface _raw;

    public TextCaptureHostUserInterface(int width)
    {
        _raw = new TextCaptureRawUserInterface(width);
    }

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public override PSHostRawUserInterface RawUI => _raw;

    public override void Write(string value)
    {
        lock (_text)
        {
            _text.Append(EscapeSequence.Replace(value, string.Empty));
        }
    }

    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Write(value);

    public override void WriteLine(string value) => Write(value + "\n");

    public override void WriteErrorLine(string value) => WriteLine(value);

    public override void WriteDebugLine(string message)
    {
    }

    public override void WriteVerboseLine(string message)
    {
    }

    public override void WriteWarningLine(string message)
    {
    }

    public override void WriteProgress(long sourceId, ProgressRecord record)
    {
    }

    public override string ReadLine() => throw new NotSupportedException();

    public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();

    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw new NotSupportedException();

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw new NotSupportedException();

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException();

    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw new NotSupportedException();
}
