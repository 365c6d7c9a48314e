namespace GpuCloud.Emulator.Models.ModelArts;

/// <summary>ServerResponse; null members are left off the wire.</summary>
public sealed class HyperInstanceServer
{
    public string? Category { get; init; }
    public string? ChargingMode { get; init; }
    public CloudServer? CloudServer { get; init; }
    public long CreateAt { get; init; }
    public IReadOnlyList<ServerEndpoint>? Endpoints { get; init; }
    public IReadOnlyList<ServerEndpointAccess>? EndpointsResponse { get; init; }
    public string? Flavor { get; init; }
    public string Id { get; init; } = "";
    public ServerImage? Image { get; init; }
    public string? KeyPairName { get; init; }
    public string Name { get; init; } = "";
    public string? OrderId { get; init; }
    public ServerHps? ServerHps { get; init; }
    public ServerImage? ServerImageResponse { get; init; }
    public string? Status { get; init; }
    public string? SubnetId { get; init; }
    public long UpdateAt { get; init; }
    public string? VpcId { get; init; }
}
