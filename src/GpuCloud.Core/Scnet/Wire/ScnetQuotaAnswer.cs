using System.Text.Json.Serialization;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Scnet
{
    /// <summary>The node quota answer; its <c>data</c>, one object, is read straight into a <see cref="NodeQuota"/>.</summary>
    internal sealed class ScnetQuotaAnswer : ScnetAnswer
    {
        [JsonConverter(typeof(RecordConverter<ScnetNodeQuotaReader, NodeQuota>))]
        public MappedRecord<NodeQuota>? Data { get; set; }
    }
}
