namespace GpuCloud.Emulator.Models.Admin;

/// <summary>Answer of the admin POST paths.</summary>
public sealed class AdminResult
{
    public bool Ok { get; init; } = true;
    public string Message { get; init; } = "";
}
