using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuCloud.Emulator.Models.Ppio;

/// <summary>Property order follows the document's example response.</summary>
public sealed class PpioPrewarmTask
{
    public string Id { get; init; } = "";
    public string ImageName { get; init; } = "";
    public string ImageUrl { get; init; } = "";
    public string ClusterId { get; init; } = "";
    public string ClusterName { get; init; } = "";
    public IReadOnlyList<PpioPrewarmProduct> Products { get; init; } = [];

    /// <summary>Bytes, as a string on the wire.</summary>
    public string ImageSize { get; init; } = "";

    /// <summary>Unix seconds, as a string on the wire.</summary>
    public string CreateTime { get; init; } = "";

    public string State { get; init; } = "";

    /// <summary>Unix seconds as a string; "" or absent while the task has not finished.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CompleteTime { get; init; }

    public string Note { get; init; } = "";

    /// <summary><c>[]</c>, <c>["text"]</c> or <c>{}</c>.</summary>
    public JsonElement Reason { get; init; }

    public string RepositoryAuth { get; init; } = "";
}
