using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuCloud.Emulator.Json;

/// <summary>Writes each item's cached JSON as it is; the emulator never reads pages back.</summary>
public sealed class SerializedItemsConverter : JsonConverter<SerializedItems>
{
    public override SerializedItems Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The emulator only writes listing pages.");

    public override void Write(Utf8JsonWriter writer, SerializedItems value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value.Items)
        {
            writer.WriteRawValue(item, skipInputValidation: true);
        }
        writer.WriteEndArray();
    }
}
