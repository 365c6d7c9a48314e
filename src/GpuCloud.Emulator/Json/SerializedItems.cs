using System.Text.Json.Serialization;

namespace GpuCloud.Emulator.Json;

/// <summary>A listing page's items as the UTF-8 JSON each was serialized to once, written as one JSON array.</summary>
[JsonConverter(typeof(SerializedItemsConverter))]
public sealed class SerializedItems(IReadOnlyList<byte[]> items)
{
    public static readonly SerializedItems Empty = new([]);

    public IReadOnlyList<byte[]> Items { get; } = items;
}
