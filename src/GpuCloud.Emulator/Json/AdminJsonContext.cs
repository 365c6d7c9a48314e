using System.Text.Json.Serialization;
using GpuCloud.Emulator.Models.Admin;

namespace GpuCloud.Emulator.Json;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(AdminState))]
[JsonSerializable(typeof(FaultOptions))]
[JsonSerializable(typeof(AdminResult))]
internal sealed partial class AdminJsonContext : JsonSerializerContext
{
}
