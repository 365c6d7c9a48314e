namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class IamTokenResponse
{
    public IamTokenBody Token { get; init; } = new();
}
