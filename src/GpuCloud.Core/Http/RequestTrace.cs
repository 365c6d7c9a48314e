using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace GpuCloud.Core.Http
{
    /// <summary>Renders request headers for -Debug with every credential-bearing value replaced.</summary>
    internal static class RequestTrace
    {
        public const string Redacted = "***";

        private static readonly HashSet<string> SensitiveHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Authorization", "token", "X-Auth-Token", "X-Subject-Token", "password", "user", "orgId", "Cookie", "Proxy-Authorization",
        };

        public static bool IsSensitive(string headerName) => SensitiveHeaders.Contains(headerName);

        public static string Headers(HttpRequestMessage request)
        {
            var shown = request.Headers.Select(header => header.Key + ": " + Value(header.Key, string.Join(",", header.Value)));
            return "[" + string.Join("; ", shown) + "]";
        }

        public static string Value(string headerName, string value)
        {
            if (!IsSensitive(headerName))
            {
                return value;
            }

            var space = value.IndexOf(' ');
            return space > 0 && space < 20 ? value.Substring(0, space) + " " + Redacted : Redacted;
        }
    }
}
