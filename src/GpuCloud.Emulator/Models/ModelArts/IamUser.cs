namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class IamUser
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Password { get; init; }
    public IamNamedRef? Domain { get; init; }
}
