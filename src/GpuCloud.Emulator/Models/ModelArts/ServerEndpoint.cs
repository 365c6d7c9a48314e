namespace GpuCloud.Emulator.Models.ModelArts;

/// <summary>EndpointsRes: a server's private address and how it is reached.</summary>
public sealed class ServerEndpoint
{
    public IReadOnlyList<string>? AllowedAccessIps { get; init; }
    public string? DevService { get; init; }
    public string Service { get; init; } = "";
    public IReadOnlyList<string>? SshKeys { get; init; }
    public string Uri { get; init; } = "";
}
