using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    internal sealed class ScnetCenterWire
    {
        public List<ScnetAiUrlWire>? AiUrls { get; set; }
    }
}
