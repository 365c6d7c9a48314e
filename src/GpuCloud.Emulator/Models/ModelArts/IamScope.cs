namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class IamScope
{
    public IamNamedRef? Project { get; init; }
}
