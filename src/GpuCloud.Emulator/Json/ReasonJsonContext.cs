using System.Text.Json.Serialization;

namespace GpuCloud.Emulator.Json;

[JsonSerializable(typeof(string[]))]
internal sealed partial class ReasonJsonContext : JsonSerializerContext
{
}
