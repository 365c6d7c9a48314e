using System;
using System.Text.Json;

namespace GpuCloud.Core.Json
{
    /// <summary>Reads one listing record straight into its output object (see <see cref="JsonRecord"/>).</summary>
    internal abstract class RecordReader<T>
        where T : class
    {
        private readonly RecordShape<T> _shape;

        protected RecordReader(string recordKind)
        {
            RecordKind = recordKind;
            _shape = new RecordShape<T>(Create, ReadProperty);
        }

        /// <summary>What the record is called in warnings, e.g. "PPIO endpoint".</summary>
        public string RecordKind { get; }

        /// <summary>
        /// A whole record of an answer or a listing page (the reader on it), read to its end; the id read sets
        /// <see cref="FieldReader.RecordId"/> (see <see cref="FieldReader.Id"/>). Anything but an object makes the answer unreadable.
        /// </summary>
        public T ReadRecord(ref Utf8JsonReader reader, FieldReader read)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("a " + RecordKind + " record is " + WireShapes.Describe(ref reader) + ", not an object");
            }

            return Completed(_shape.Read(ref reader, read));
        }

        protected abstract T Create();

        /// <summary>One property of the record; see <see cref="PropertyReader{T}"/>.</summary>
        protected abstract bool ReadProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, T record);

        /// <summary>The record once every property is read: where values derived from several fields are set.</summary>
        protected virtual T Completed(T record) => record;
    }
}
