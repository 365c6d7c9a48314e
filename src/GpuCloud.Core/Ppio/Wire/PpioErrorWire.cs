using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioErrorWire
    {
        public WireValue Code { get; set; }

        public WireValue Reason { get; set; }

        public WireValue Message { get; set; }

        public WireValue Error { get; set; }
    }
}
