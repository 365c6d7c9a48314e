using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    /// <summary>A nested wire array; see <see cref="WireRecord"/> for what happens when something else comes.</summary>
    internal sealed class WireList<T> : List<T>
    {
        [JsonIgnore]
        public string? UnreadableShape { get; set; }
    }
}
