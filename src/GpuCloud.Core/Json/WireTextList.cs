using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    /// <summary>
    /// A field documented as text that providers send as <c>[]</c>, <c>["text", ...]</c>, <c>{}</c>,
    /// <c>{"key": "text"}</c> or a bare string; all of them read as a list of texts.
    /// </summary>
    [JsonConverter(typeof(WireTextListConverter))]
    internal sealed class WireTextList
    {
        public WireTextList(List<string> items)
        {
            Items = items;
        }

        public List<string> Items { get; }
    }
}
