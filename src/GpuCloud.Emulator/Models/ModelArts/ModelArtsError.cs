namespace GpuCloud.Emulator.Models.ModelArts;

/// <summary>ModelArts service errors and API gateway errors (the gateway adds request_id).</summary>
public sealed class ModelArtsError
{
    public string ErrorCode { get; init; } = "";
    public string ErrorMsg { get; init; } = "";
    public string? RequestId { get; init; }
}
