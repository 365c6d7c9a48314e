using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Json
{
    /// <summary>
    /// The walking half of a record reader: step into an object, visit its properties by name, read nested
    /// lists. Records of listings and answers are read with these straight into their output objects (one object graph per
    /// item, no wire copy in between); the <see cref="FieldReader"/> decides what each value means.
    /// </summary>
    internal static class JsonRecord
    {
        /// <summary>
        /// The nested object the reader is on, read by <paramref name="shape"/> into a new <typeparamref name="T"/>, its fields
        /// named in warnings under <paramref name="field"/>. Null (the value passed over) when the server sent null, or
        /// anything but an object, which is warned about naming the field.
        /// </summary>
        public static T? Object<T>(ref Utf8JsonReader reader, FieldReader read, string field, RecordShape<T> shape)
            where T : class
        {
            if (!Opens(ref reader, read, field, JsonTokenType.StartObject, "an object"))
            {
                return null;
            }

            read.BeginNested(field);
            var record = shape.Read(ref reader, read);
            read.EndNested();
            return record;
        }

        /// <summary>
        /// True when the reader is on <paramref name="start"/> (an object or an array to read). Otherwise the value is
        /// passed over: silently when it is null, with a warning that the field should be <paramref name="expected"/> when it is anything else.
        /// </summary>
        private static bool Opens(ref Utf8JsonReader reader, FieldReader read, string field, JsonTokenType start, string expected)
        {
            if (reader.TokenType == start)
            {
                return true;
            }

            if (reader.TokenType != JsonTokenType.Null)
            {
                read.WrongShape(field, expected, WireShapes.Describe(ref reader));
            }

            return false;
        }

        /// <summary>Visits every property of the object the reader is on, to its end; a property <paramref name="readProperty"/> does not know is passed over.</summary>
        public static T Properties<T>(ref Utf8JsonReader reader, FieldReader read, T record, PropertyReader<T> readProperty)
        {
            while (NextProperty(ref reader, out var name))
            {
                if (!readProperty(ref reader, read, name, record))
                {
                    reader.Skip();
                }
            }

            return record;
        }

        /// <summary>Moves onto the value of the object's next property; false at the object's end. The name is unescaped UTF-8.</summary>
        private static bool NextProperty(ref Utf8JsonReader reader, out ReadOnlySpan<byte> name)
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
            {
                name = default;
                return false;
            }

            name = reader.HasValueSequence || reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
            reader.Read();
            return true;
        }

        /// <summary>Whether a property name is <paramref name="lowerCaseName"/> in any letter case (names are matched as the serializer's case-insensitive options did).</summary>
        public static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> lowerCaseName)
        {
            if (name.Length != lowerCaseName.Length)
            {
                return false;
            }

            for (var i = 0; i < name.Length; i++)
            {
                // Folding bit 0x20 turns A-Z into a-z; the names compared against hold only a-z, digits and '_', so nothing else can match by it.
                if (name[i] != lowerCaseName[i] && (name[i] | 0x20) != lowerCaseName[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A nested list of records, each read as <see cref="Object"/> reads one. Null or missing gives the shared empty
        /// list; anything but an array is passed over with a warning naming the field; null elements are dropped.
        /// </summary>
        public static ReadableList<T> List<T>(ref Utf8JsonReader reader, FieldReader read, string field, RecordShape<T> shape)
            where T : class
        {
            if (!Opens(ref reader, read, field, JsonTokenType.StartArray, "a list"))
            {
                return ReadableList<T>.Empty;
            }

            var items = ScratchList<T>.Rent();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var item = Object(ref reader, read, field, shape);
                if (item != null)
                {
                    items.Add(item);
                }
            }

            return ReadableList<T>.Wrap(ScratchList<T>.ToArrayAndReturn(items));
        }

        /// <summary>
        /// A nested list of texts. Null or missing gives the shared empty list; anything but an array is passed over
        /// with a warning naming the field; null items are dropped. An item that is no string makes the page unreadable.
        /// </summary>
        public static ReadableList<string> Strings(ref Utf8JsonReader reader, FieldReader read, string field)
        {
            if (!Opens(ref reader, read, field, JsonTokenType.StartArray, "a list"))
            {
                return ReadableList<string>.Empty;
            }

            var items = ScratchList<string>.Rent();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String)
                {
                    ScratchList<string>.Return(items);
                    throw new JsonException("an item of '" + read.PathOf(field) + "' is " + WireShapes.Describe(ref reader) + ", not a string");
                }

                items.Add(reader.GetString()!);
            }

            return ReadableList<string>.Wrap(ScratchList<string>.ToArrayAndReturn(items));
        }

        /// <summary>
        /// A nested object of texts by key; each value is read as text, warned about as <c>field.key</c>, and a key
        /// sent twice keeps its last value. Null or missing gives the empty map; anything but an object makes the page unreadable.
        /// </summary>
        public static ReadableMap TextMap(ref Utf8JsonReader reader, FieldReader read, string field)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return ReadableMap.Empty;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("'" + read.PathOf(field) + "' is " + WireShapes.Describe(ref reader) + ", not an object");
            }

            var values = new Dictionary<string, WireValue>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                values[key] = WireValue.Read(ref reader);
            }

            var texts = new List<KeyValuePair<string, string?>>(values.Count);
            read.BeginNested(field);
            foreach (var entry in values)
            {
                texts.Add(new KeyValuePair<string, string?>(entry.Key, read.Text(entry.Value, entry.Key)));
            }

            read.EndNested();

            return new ReadableMap(texts);
        }

        /// <summary>
        /// A field documented as text that providers send as <c>[]</c>, <c>["text", ...]</c>, <c>{}</c>,
        /// <c>{"key": "text"}</c> or a bare string; all of them read as a list of texts (an entry of an object as
        /// "key: text", a nested number, list or object as its JSON text). Null and empty texts are left out.
        /// </summary>
        public static ReadableList<string> TextList(ref Utf8JsonReader reader)
        {
            List<string>? items = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        AddTextOf(ref reader, ref items, null);
                    }

                    break;
                case JsonTokenType.StartObject:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var key = reader.GetString();
                        reader.Read();
                        AddTextOf(ref reader, ref items, key);
                    }

                    break;
                default:
                    AddTextOf(ref reader, ref items, null);
                    break;
            }

            return ReadableList<string>.Of(items);
        }

        private static void AddTextOf(ref Utf8JsonReader reader, ref List<string>? items, string? key)
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
                (items ??= new List<string>()).Add(key == null ? text! : key + ": " + text);
            }
        }
    }
}
