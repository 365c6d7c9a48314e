namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class IamTokenBody
{
    /// <summary>ISO 8601 UTC, e.g. 2026-01-02T03:04:05.000000Z.</summary>
    public string ExpiresAt { get; init; } = "";

    public string IssuedAt { get; init; } = "";
    public IReadOnlyList<string> Methods { get; init; } = ["password"];
    public IamNamedRef Project { get; init; } = new();
    public IamUser User { get; init; } = new();
}
