using System.Management.Automation;

namespace GpuCloud.PowerShell.Tests.Support;

/// <summary>Everything one script wrote, stream by stream.</summary>
public sealed class ScriptResult
{
    public required IReadOnlyList<PSObject> Output { get; init; }

    public required IReadOnlyList<ErrorRecord> Errors { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    public required IReadOnlyList<string> Verbose { get; init; }

    public required IReadOnlyList<string> Debug { get; init; }

    /// <summary>A terminating error that ended the script, if any.</summary>
    public ErrorRecord? Terminating { get; init; }

    public IEnumerable<string> AllText =>
        Output.Select(o => o?.ToString() ?? string.Empty)
            .Concat(Errors.Select(e => e.ToString() + " " + e.Exception?.ToString() + " " + e.ErrorDetails?.Message + " " + e.ErrorDetails?.RecommendedAction))
            .Concat(Warnings).Concat(Verbose).Concat(Debug)
            .Concat(Terminating == null ? Array.Empty<string>() : new[] { Terminating.ToString() + " " + Terminating.Exception });

    /// <summary>Output objects of one .NET type (by full name: the test does not load the module's assemblies itself).</summary>
    public IReadOnlyList<PSObject> OfType(string typeName) => Output.Where(o => o?.BaseObject.GetType().FullName == typeName).ToList();

    /// <summary>One property of every output object of the type, as text.</summary>
    public IReadOnlyList<string?> Values(string typeName, string property) => OfType(typeName).Select(o => o.Properties[property]?.Value?.ToString()).ToList();
}
