namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class CloudServer
{
    public string? HpsEcsId { get; init; }
    public string? HpsId { get; init; }
    public string Id { get; init; } = "";
    public string Type { get; init; } = "";
}
