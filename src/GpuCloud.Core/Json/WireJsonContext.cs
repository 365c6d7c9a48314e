using System.Text.Json;
using System.Text.Json.Serialization;
using GpuCloud.Core.ModelArts;
using GpuCloud.Core.Ppio;
using GpuCloud.Core.Scnet;

namespace GpuCloud.Core.Json
{
    /// <summary>Source-generated metadata for every wire type, so bodies are read from the stream without reflection.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(PpioEndpointListWire))]
    [JsonSerializable(typeof(PpioPrewarmListWire))]
    [JsonSerializable(typeof(PpioErrorWire))]
    [JsonSerializable(typeof(ScnetContainerAnswer))]
    [JsonSerializable(typeof(ScnetQuotaAnswer))]
    [JsonSerializable(typeof(ScnetEnvelope<JsonElement>))]
    [JsonSerializable(typeof(ScnetRegionTokenWire))]
    [JsonSerializable(typeof(ModelArtsHyperInstanceListWire))]
    [JsonSerializable(typeof(ModelArtsErrorWire))]
    [JsonSerializable(typeof(ScnetAiUrlWire))]
    [JsonSerializable(typeof(string))]
    internal sealed partial class WireJsonContext : JsonSerializerContext
    {
    }
}
