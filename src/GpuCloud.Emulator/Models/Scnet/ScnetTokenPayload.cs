namespace GpuCloud.Emulator.Models.Scnet;

/// <summary>JWT payload; claims as in the document's example token.</summary>
public sealed class ScnetTokenPayload
{
    public string ComputeUser { get; init; } = "";
    public string AccountStatus { get; init; } = "";
    public string Creator { get; init; } = "";
    public string Role { get; init; } = "";

    /// <summary>Epoch milliseconds, as a string.</summary>
    public string ExpireTime { get; init; } = "";

    public string ClusterId { get; init; } = "";
    public string Invoker { get; init; } = "";
    public string User { get; init; } = "";
    public string UserId { get; init; } = "";

    /// <summary>Unique per token, so that two tokens issued in the same millisecond differ.</summary>
    public string Jti { get; init; } = "";
}
