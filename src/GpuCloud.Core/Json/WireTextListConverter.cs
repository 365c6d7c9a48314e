using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    internal sealed class WireTextListConverter : JsonConverter<WireTextList>
    {
        public override WireTextList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var items = new List<string>();
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        AddScalarOrSkip(ref reader, items, null);
                    }

                    break;
                case JsonTokenType.StartObject:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var key = reader.GetString();
                        reader.Read();
                        AddScalarOrSkip(ref reader, items, key);
                    }

                    break;
                default:
                    AddScalarOrSkip(ref reader, items, null);
                    break;
            }

            return new WireTextList(items);
        }

        public override void Write(Utf8JsonWriter writer, WireTextList value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value.Items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }

        private static void AddScalarOrSkip(ref Utf8JsonReader reader, List<string> items, string? key)
        {
            string? text;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    text = reader.GetString();
                    break;
                case JsonTokenType.Number:
                case JsonTokenType.True:
                case JsonTokenType.False:
                    using (var document = JsonDocument.ParseValue(ref reader))
                    {
                        text = document.RootElement.GetRawText();
                    }

                    break;
                case JsonTokenType.StartArray:
                case JsonTokenType.StartObject:
                    using (var document = JsonDocument.ParseValue(ref reader))
                    {
                        text = document.RootElement.GetRawText();
                    }

                    break;
                default:
                    text = null;
                    break;
            }

            if (!string.IsNullOrEmpty(text))
            {
                items.Add(key == null ? text! : key + ": " + text);
            }
        }
    }
}
