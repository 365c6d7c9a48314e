using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GpuCloud.Core.Json
{
    internal sealed class LenientListConverter<T> : JsonConverter<WireList<T>>
    {
        private JsonConverter<T>? _item;

        public override WireList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                var shape = WireShapes.Describe(ref reader);
                return new WireList<T> { UnreadableShape = shape };
            }

            var items = new WireList<T>();
            _item ??= (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var item = reader.TokenType == JsonTokenType.Null ? default : _item.Read(ref reader, typeof(T), options);
                if (item != null)
                {
                    items.Add(item);
                }
            }

            return items;
        }

        public override void Write(Utf8JsonWriter writer, WireList<T> value, JsonSerializerOptions options)
        {
            var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            writer.WriteStartArray();
            foreach (var item in value)
            {
                JsonSerializer.Serialize(writer, item, itemInfo);
            }

            writer.WriteEndArray();
        }
    }
}
