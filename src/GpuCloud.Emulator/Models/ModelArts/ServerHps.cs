namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class ServerHps
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
}
