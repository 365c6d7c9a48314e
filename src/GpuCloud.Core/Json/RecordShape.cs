using System;
using System.Text.Json;

namespace GpuCloud.Core.Json
{
    /// <summary>How to read one kind of nested record: how to make it (a delegate, not reflection) and how to read each of its properties.</summary>
    internal sealed class RecordShape<T>
        where T : class
    {
        private readonly Func<T> _create;
        private readonly PropertyReader<T> _readProperty;

        public RecordShape(Func<T> create, PropertyReader<T> readProperty)
        {
            _create = create;
            _readProperty = readProperty;
        }

        /// <summary>Reads the object the reader is on into a new record, to the object's end.</summary>
        public T Read(ref Utf8JsonReader reader, FieldReader read) => JsonRecord.Properties(ref reader, read, _create(), _readProperty);
    }
}
