namespace GpuCloud.Emulator.Models.ModelArts;

/// <summary>Endpoints (endpoints_response): remote access settings of an instance.</summary>
public sealed class ServerEndpointAccess
{
    public IReadOnlyList<string> AllowedAccessIps { get; init; } = [];
    public string DevService { get; init; } = "";
    public IReadOnlyDictionary<string, string> Extensions { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> SshKeys { get; init; } = [];
}
