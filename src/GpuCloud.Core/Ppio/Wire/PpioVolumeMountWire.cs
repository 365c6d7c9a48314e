using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioVolumeMountWire : WireRecord
    {
        public WireValue Type { get; set; }

        public WireValue Id { get; set; }

        public WireValue Size { get; set; }

        public WireValue MountPath { get; set; }
    }
}
