namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class IamNamedRef
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}
