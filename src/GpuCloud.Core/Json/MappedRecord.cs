using System.Collections.Generic;

namespace GpuCloud.Core.Json
{
    /// <summary>One record of an answer, already its output object, and the field warnings met while reading it.</summary>
    internal sealed class MappedRecord<T>
    {
        public MappedRecord(T record, IReadOnlyList<string> warnings)
        {
            Record = record;
            Warnings = warnings;
        }

        public T Record { get; }

        public IReadOnlyList<string> Warnings { get; }
    }
}
