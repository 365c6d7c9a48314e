namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class IamIdentity
{
    public IReadOnlyList<string>? Methods { get; init; }
    public IamPassword? Password { get; init; }
}
