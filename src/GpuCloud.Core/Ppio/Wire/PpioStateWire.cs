using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioStateWire : WireRecord
    {
        public WireValue State { get; set; }

        public WireValue Error { get; set; }

        public WireValue Message { get; set; }
    }
}
