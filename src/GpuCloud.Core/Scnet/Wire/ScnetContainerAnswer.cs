using System.Text.Json.Serialization;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Scnet
{
    /// <summary>The container instance detail answer; its <c>data</c> is read straight into a <see cref="ContainerInstance"/>.</summary>
    internal sealed class ScnetContainerAnswer : ScnetAnswer
    {
        [JsonConverter(typeof(RecordConverter<ScnetContainerInstanceReader, ContainerInstance>))]
        public MappedRecord<ContainerInstance>? Data { get; set; }
    }
}
