using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioPrewarmProductWire : WireRecord
    {
        public WireValue ProductId { get; set; }

        public WireValue ProductName { get; set; }
    }
}
