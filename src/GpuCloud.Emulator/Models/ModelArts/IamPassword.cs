namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class IamPassword
{
    public IamUser? User { get; init; }
}
