using System.Text.Encodings.Web;
using System.Text.Json;

namespace GpuCloud.Emulator.Json;

/// <summary>The serializer contexts used on the wire: non-ASCII text (Chinese names) is written as UTF-8, not \u escapes.</summary>
internal static class WireJson
{
    public static readonly PpioJsonContext Ppio = new(Relaxed(PpioJsonContext.Default.Options));

    public static readonly ScnetJsonContext Scnet = new(Relaxed(ScnetJsonContext.Default.Options));

    public static readonly ModelArtsJsonContext ModelArts = new(Relaxed(ModelArtsJsonContext.Default.Options));

    private static JsonSerializerOptions Relaxed(JsonSerializerOptions options) =>
        new(options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = null };
}
