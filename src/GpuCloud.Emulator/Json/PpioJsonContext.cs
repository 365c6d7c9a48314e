using System.Text.Json.Serialization;
using GpuCloud.Emulator.Models.Ppio;

namespace GpuCloud.Emulator.Json;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PpioEndpointPage))]
[JsonSerializable(typeof(PpioEndpoint))]
[JsonSerializable(typeof(PpioPrewarmTask))]
[JsonSerializable(typeof(PpioPrewarmPage))]
[JsonSerializable(typeof(PpioError))]
internal sealed partial class PpioJsonContext : JsonSerializerContext
{
}
