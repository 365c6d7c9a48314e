using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioWorkerConfigWire : WireRecord
    {
        public WireValue MinNum { get; set; }

        public WireValue MaxNum { get; set; }

        public WireValue FreeTimeout { get; set; }

        public WireValue MaxConcurrent { get; set; }

        public WireValue GpuNum { get; set; }

        public WireValue CudaVersion { get; set; }
    }
}
