using System.Text.Json;

namespace GpuCloud.Emulator.Data;

/// <summary>The three shapes <c>reason</c> takes on the wire.</summary>
internal static class PrewarmReasons
{
    public static readonly JsonElement EmptyArray = Parse("[]");

    public static readonly JsonElement EmptyObject = Parse("{}");

    public static JsonElement Text(string text) => JsonSerializer.SerializeToElement([text], Json.ReasonJsonContext.Default.StringArray);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
