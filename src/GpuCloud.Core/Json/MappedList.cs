using System.Collections.Generic;

namespace GpuCloud.Core.Json
{
    /// <summary>A listing page's records, already output objects, and the field warnings met while reading them.</summary>
    internal sealed class MappedList<T>
    {
        public MappedList(List<T> items, List<string>? warnings)
        {
            Items = items;
            Warnings = warnings;
        }

        public List<T> Items { get; }

        public List<string>? Warnings { get; }
    }
}
