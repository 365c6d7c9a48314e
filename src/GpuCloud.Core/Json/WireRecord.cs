using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    /// <summary>
    /// A nested wire object. When the server sends something else where it belongs (a string, a number, an
    /// array), the lenient converter gives an empty record that says what came instead, so the mapper can
    /// leave the field empty and warn, naming it, rather than fail the whole page.
    /// </summary>
    internal abstract class WireRecord
    {
        [JsonIgnore]
        public string? UnreadableShape { get; set; }
    }
}
