using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioImageWire : WireRecord
    {
        public WireValue Image { get; set; }

        public WireValue AuthId { get; set; }

        public WireValue Command { get; set; }
    }
}
