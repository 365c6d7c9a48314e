namespace GpuCloud.Emulator.Routes;

/// <summary>The per-request <c>X-Request-Id</c> that every ModelArts answer carries.</summary>
internal static class RequestIds
{
    private const string ItemKey = "GpuCloud.Emulator.RequestId";

    public static string For(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var existing) && existing is string id)
        {
            return id;
        }
        id = Guid.NewGuid().ToString("N");
        context.Items[ItemKey] = id;
        return id;
    }
}
