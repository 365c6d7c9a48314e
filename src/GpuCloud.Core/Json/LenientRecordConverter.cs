using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GpuCloud.Core.Json
{
    internal sealed class LenientRecordConverter<T> : JsonConverter<T>
        where T : WireRecord, new()
    {
        private JsonConverter<T>? _inner;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var shape = WireShapes.Describe(ref reader);
                return new T { UnreadableShape = shape };
            }

            _inner ??= (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
            return _inner.Read(ref reader, typeToConvert, options);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }
}
