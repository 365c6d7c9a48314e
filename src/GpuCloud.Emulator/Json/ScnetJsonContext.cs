using System.Text.Json.Serialization;
using GpuCloud.Emulator.Models.Scnet;

namespace GpuCloud.Emulator.Json;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ScnetEnvelope<ScnetContainer>))]
[JsonSerializable(typeof(ScnetEnvelope<ScnetNodeQuota>))]
[JsonSerializable(typeof(ScnetEnvelope<IReadOnlyList<ScnetClusterToken>>))]
[JsonSerializable(typeof(ScnetEnvelope<ScnetClusterToken>))]
[JsonSerializable(typeof(ScnetEnvelope<ScnetCenter>))]
[JsonSerializable(typeof(ScnetEnvelope<string>))]
[JsonSerializable(typeof(ScnetTokenHeader))]
[JsonSerializable(typeof(ScnetTokenPayload))]
internal sealed partial class ScnetJsonContext : JsonSerializerContext
{
}
