using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioHealthCheckWire : WireRecord
    {
        public WireValue Path { get; set; }

        public WireValue InitialDelay { get; set; }

        public WireValue Period { get; set; }

        public WireValue Timeout { get; set; }

        public WireValue SuccessThreshold { get; set; }

        public WireValue FailureThreshold { get; set; }
    }
}
