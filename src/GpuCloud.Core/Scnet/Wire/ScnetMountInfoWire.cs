using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    internal sealed class ScnetMountInfoWire : WireRecord
    {
        public WireValue SourcePath { get; set; }

        public WireValue Type { get; set; }
    }
}
