using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioPortWire : WireRecord
    {
        public WireValue Port { get; set; }
    }
}
