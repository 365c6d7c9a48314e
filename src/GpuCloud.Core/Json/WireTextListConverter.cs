using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    internal sealed class WireTextListConverter : JsonConverter<WireTextList>
    {
        public override WireTextList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new WireTextList(new List<string>(JsonRecord.TextList(ref reader)));

        public override void Write(Utf8JsonWriter writer, WireTextList value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value.Items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }
    }
}
