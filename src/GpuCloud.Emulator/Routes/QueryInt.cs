using System.Globalization;

namespace GpuCloud.Emulator.Routes;

/// <summary>Reads an optional integer query parameter; an explanation when it is not an integer.</summary>
internal static class QueryInt
{
    public static bool TryRead(HttpRequest request, string name, long defaultValue, out long value, out string? error)
    {
        error = null;
        value = defaultValue;
        var raw = request.Query[name].ToString();
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }
        if (!long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            error = $"{name} must be an integer, got '{raw}'";
            return false;
        }
        return true;
    }
}
