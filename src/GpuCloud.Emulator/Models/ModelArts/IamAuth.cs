namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class IamAuth
{
    public IamIdentity? Identity { get; init; }
    public IamScope? Scope { get; init; }
}
