using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioProductIdWire : WireRecord
    {
        public WireValue Id { get; set; }
    }
}
