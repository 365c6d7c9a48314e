using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    internal sealed class WireValueConverter : JsonConverter<WireValue>
    {
        public override bool HandleNull => true;

        public override WireValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return new WireValue(WireValueKind.String, reader.GetString());
                case JsonTokenType.Number:
                    return reader.TryGetInt64(out var whole)
                        ? WireValue.FromWholeNumber(whole)
                        : WireValue.FromNumber(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()));
                case JsonTokenType.True:
                    return new WireValue(WireValueKind.True, "true");
                case JsonTokenType.False:
                    return new WireValue(WireValueKind.False, "false");
                case JsonTokenType.Null:
                    return new WireValue(WireValueKind.Null, null);
                default:
                    var shape = reader.TokenType == JsonTokenType.StartArray ? "an array" : "an object";
                    reader.Skip();
                    return new WireValue(WireValueKind.Unreadable, shape);
            }
        }

        public override void Write(Utf8JsonWriter writer, WireValue value, JsonSerializerOptions options)
        {
            switch (value.Kind)
            {
                case WireValueKind.String:
                    writer.WriteStringValue(value.Text);
                    break;
                case WireValueKind.Number:
                    writer.WriteRawValue(value.Text!);
                    break;
                case WireValueKind.True:
                case WireValueKind.False:
                    writer.WriteBooleanValue(value.Kind == WireValueKind.True);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }
    }
}
