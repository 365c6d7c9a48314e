using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GpuCloud.Core.Connections;

namespace GpuCloud.Core.Scnet
{
    /// <summary>A SCNet token (a JWT) with what its payload tells: expiry (epoch ms in a string) and cluster.</summary>
    public sealed class ScnetToken
    {
        public ScnetToken(SecretText value, string? clusterId = null, string? clusterName = null)
        {
            Value = value;
            ClusterId = clusterId;
            ClusterName = clusterName;
            ReadPayload(value.Reveal, out var expiresAt, out var payloadCluster, out var user);
            ExpiresAt = expiresAt;
            ClusterId ??= payloadCluster;
            User = user;
        }

        public SecretText Value { get; }

        public DateTimeOffset? ExpiresAt { get; }

        public string? ClusterId { get; }

        public string? ClusterName { get; }

        public string? User { get; }

        /// <summary>The platform-level token (clusterId "0") that the AI service does not accept.</summary>
        public bool IsPlatformToken => ClusterId == "0";

        public bool ExpiresWithin(TimeSpan margin, DateTimeOffset now) => ExpiresAt != null && ExpiresAt.Value - margin <= now;

        private static void ReadPayload(string jwt, out DateTimeOffset? expiresAt, out string? clusterId, out string? user)
        {
            expiresAt = null;
            clusterId = null;
            user = null;
            var parts = jwt.Split('.');
            if (parts.Length != 3)
            {
                return;
            }

            try
            {
                var payload = parts[1].Replace('-', '+').Replace('_', '/');
                payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
                using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return;
                }

                if (root.TryGetProperty("expireTime", out var expire))
                {
                    var text = expire.ValueKind == JsonValueKind.String ? expire.GetString() : expire.GetRawText();
                    if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds))
                    {
                        expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
                    }
                }

                if (root.TryGetProperty("clusterId", out var cluster))
                {
                    clusterId = cluster.ValueKind == JsonValueKind.String ? cluster.GetString() : cluster.GetRawText();
                }

                if (root.TryGetProperty("user", out var userName) && userName.ValueKind == JsonValueKind.String)
                {
                    user = userName.GetString();
                }
            }
            catch (Exception exception) when (exception is FormatException || exception is JsonException || exception is ArgumentException)
            {
                // Not a readable JWT: the token is still sent; the server decides.
            }
        }
    }
}
