using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioPrewarmTaskWire : WireRecord
    {
        public WireValue Id { get; set; }

        public WireValue ImageName { get; set; }

        public WireValue ImageUrl { get; set; }

        public WireValue RepositoryAuth { get; set; }

        public WireValue ClusterId { get; set; }

        public WireValue ClusterName { get; set; }

        [JsonConverter(typeof(LenientListConverter<PpioPrewarmProductWire>))]
        public WireList<PpioPrewarmProductWire>? Products { get; set; }

        public WireValue ImageSize { get; set; }

        public WireValue CreateTime { get; set; }

        public WireValue State { get; set; }

        public WireValue CompleteTime { get; set; }

        public WireValue Note { get; set; }

        public WireTextList? Reason { get; set; }
    }
}
