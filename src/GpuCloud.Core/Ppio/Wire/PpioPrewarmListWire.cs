using System.Text.Json.Serialization;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioPrewarmListWire
    {
        [JsonConverter(typeof(RecordListConverter<PpioPrewarmTaskReader, ImagePrewarmTask>))]
        public MappedList<ImagePrewarmTask>? Data { get; set; }

        public WireValue Total { get; set; }
    }
}
