using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    /// <summary>
    /// The one record an answer holds (such as SCNet's <c>data</c>), read with <typeparamref name="TReader"/>
    /// while the envelope around it is read with the source-generated metadata; see <see cref="RecordListConverter{TReader, T}"/> for a list of them.
    /// </summary>
    internal sealed class RecordConverter<TReader, T> : JsonConverter<MappedRecord<T>>
        where TReader : RecordReader<T>, new()
        where T : class
    {
        private static readonly TReader Records = new TReader();

        public override MappedRecord<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var read = new FieldReader(Records.RecordKind);
            var record = Records.ReadRecord(ref reader, read);
            return new MappedRecord<T>(record, read.Warnings);
        }

        public override void Write(Utf8JsonWriter writer, MappedRecord<T> value, JsonSerializerOptions options) =>
            throw new NotSupportedException("answer records are only read");
    }
}
