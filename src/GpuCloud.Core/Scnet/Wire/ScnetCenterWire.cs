using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    internal sealed class ScnetCenterWire
    {
        [JsonConverter(typeof(LenientListConverter<ScnetAiUrlWire>))]
        public WireList<ScnetAiUrlWire>? AiUrls { get; set; }
    }
}
