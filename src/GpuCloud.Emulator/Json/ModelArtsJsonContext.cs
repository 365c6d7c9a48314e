using System.Text.Json.Serialization;
using GpuCloud.Emulator.Models.ModelArts;

namespace GpuCloud.Emulator.Json;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(HyperInstancePage))]
[JsonSerializable(typeof(HyperInstance))]
[JsonSerializable(typeof(ModelArtsError))]
[JsonSerializable(typeof(IamTokenRequest))]
[JsonSerializable(typeof(IamTokenResponse))]
internal sealed partial class ModelArtsJsonContext : JsonSerializerContext
{
}
