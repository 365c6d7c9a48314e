using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioEnvWire : WireRecord
    {
        public WireValue Key { get; set; }

        public WireValue Value { get; set; }
    }
}
