namespace GpuCloud.Emulator.Models.Scnet;

public sealed class ScnetTokenHeader
{
    public string Alg { get; init; } = "HS256";
    public string Typ { get; init; } = "JWT";
}
