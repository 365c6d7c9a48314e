namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class ServerImage
{
    public string? Arch { get; init; }
    public string ImageId { get; init; } = "";
    public string? Name { get; init; }
    public string? ServerType { get; init; }
    public string? Status { get; init; }
}
