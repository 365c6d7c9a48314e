using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    internal sealed class WireValueConverter : JsonConverter<WireValue>
    {
        public override bool HandleNull => true;

        public override WireValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => WireValue.Read(ref reader);

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
