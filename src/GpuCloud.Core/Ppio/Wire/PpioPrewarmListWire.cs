using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioPrewarmListWire : WireRecord
    {
        public List<PpioPrewarmTaskWire>? Data { get; set; }

        public WireValue Total { get; set; }
    }
}
