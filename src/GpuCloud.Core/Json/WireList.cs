using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    /// <summary>A nested wire array; when the server sends something else in its place, the lenient converter gives an empty list that says what came instead.</summary>
    internal sealed class WireList<T> : List<T>
    {
        [JsonIgnore]
        public string? UnreadableShape { get; set; }
    }
}
