namespace GpuCloud.Emulator.Routes;

/// <summary>Which provider a path belongs to, by prefix (decides the error body shape).</summary>
internal static class ProviderPaths
{
    public static Provider Of(PathString path)
    {
        var value = path.Value ?? "";
        if (value.StartsWith("/gpu-instance/", StringComparison.OrdinalIgnoreCase))
        {
            return Provider.Ppio;
        }
        if (value.StartsWith("/ac/", StringComparison.OrdinalIgnoreCase) || value.StartsWith("/ai/", StringComparison.OrdinalIgnoreCase))
        {
            return Provider.Scnet;
        }
        if (value.StartsWith("/v1/", StringComparison.OrdinalIgnoreCase) || value.StartsWith("/v3/", StringComparison.OrdinalIgnoreCase))
        {
            return Provider.ModelArts;
        }
        return Provider.Emulator;
    }
}
