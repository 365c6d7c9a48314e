namespace GpuCloud.Emulator.Models.ModelArts;

/// <summary>ServerHyperinstanceResponse; null members are left off the wire.</summary>
public sealed class HyperInstance
{
    /// <summary>Epoch milliseconds.</summary>
    public long CreateAt { get; init; }

    public string? HpsClusterId { get; init; }
    public string? HpsId { get; init; }
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string? OrderId { get; init; }
    public IReadOnlyList<HyperInstanceServer> Servers { get; init; } = [];
    public string Status { get; init; } = "";

    /// <summary>Epoch milliseconds.</summary>
    public long UpdateAt { get; init; }
}
