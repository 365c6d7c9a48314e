using System.Security.Cryptography;
using System.Text;

namespace GpuCloud.Core.Tests.Emulator;

/// <summary>
/// A small SDK-HMAC-SHA256 signer written for the tests from the published description, independent of the
/// emulator's verifier and of GpuCloud.Core's signer.
/// </summary>
internal static class TestAkSkSigner
{
    public static void Sign(HttpRequestMessage request, Uri baseUri, string accessKey, string secretKey, DateTimeOffset signedAt, string? queryOverride = null)
    {
        var date = signedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Remove("X-Sdk-Date");
        request.Headers.TryAddWithoutValidation("X-Sdk-Date", date);
        var uri = new Uri(baseUri, request.RequestUri!);
        var host = uri.Authority;
        var query = queryOverride ?? uri.Query.TrimStart('?');
        var canonical = Canonical(request.Method.Method, uri.AbsolutePath, query, [("host", host), ("x-sdk-date", date)], "");
        var signature = Hex(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(
            "SDK-HMAC-SHA256\n" + date + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))))));
        request.Headers.TryAddWithoutValidation("Authorization", $"SDK-HMAC-SHA256 Access={accessKey}, SignedHeaders=host;x-sdk-date, Signature={signature}");
    }

    public static string Canonical(string method, string path, string query, (string Name, string Value)[] headers, string body)
    {
        var segments = path.Split('/').Select(s => Escape(Uri.UnescapeDataString(s)));
        var canonicalPath = string.Join("/", segments);
        if (!canonicalPath.EndsWith('/'))
        {
            canonicalPath += "/";
        }
        var canonicalQuery = string.Join("&", query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Key: Uri.UnescapeDataString(p[0]), Value: p.Length > 1 ? Uri.UnescapeDataString(p[1]) : ""))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Escape(p.Key) + "=" + Escape(p.Value)));
        var sorted = headers.OrderBy(h => h.Name, StringComparer.Ordinal).ToArray();
        var canonicalHeaders = string.Concat(sorted.Select(h => h.Name + ":" + h.Value.Trim() + "\n"));
        return method + "\n" + canonicalPath + "\n" + canonicalQuery + "\n" + canonicalHeaders + "\n"
            + string.Join(";", sorted.Select(h => h.Name)) + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
