using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    /// <summary>
    /// The array of records in a listing page, read element by element with <typeparamref name="TReader"/>
    /// while the page envelope around it is read with the source-generated metadata.
    /// </summary>
    internal sealed class RecordListConverter<TReader, T> : JsonConverter<MappedList<T>>
        where TReader : RecordReader<T>, new()
        where T : class
    {
        private static readonly TReader Records = new TReader();

        public override MappedList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("the list of " + Records.RecordKind + " records is " + WireShapes.Describe(ref reader) + ", not an array");
            }

            var items = new List<T>();
            List<string>? warnings = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                var read = new FieldReader(Records.RecordKind);
                items.Add(Records.ReadRecord(ref reader, read));
                if (read.HasWarnings)
                {
                    (warnings ??= new List<string>()).AddRange(read.Warnings);
                }
            }

            return new MappedList<T>(items, warnings);
        }

        public override void Write(Utf8JsonWriter writer, MappedList<T> value, JsonSerializerOptions options) =>
            throw new NotSupportedException("listing records are only read");
    }
}
