using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace GpuCloud.Core.ModelArts
{
    /// <summary>Huawei Cloud API gateway signing, SDK-HMAC-SHA256 (AK/SK).</summary>
    public static class HuaweiSigner
    {
        public const string Algorithm = "SDK-HMAC-SHA256";
        public const string DateHeader = "X-Sdk-Date";
        public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";
        public static readonly string EmptyBodySha256 = Hex(SHA256Hash(Array.Empty<byte>()));

        /// <summary>
        /// The Authorization header value for a request. <paramref name="headers"/> holds the headers to sign
        /// (their names are lower-cased, sorted and listed as SignedHeaders), including X-Sdk-Date.
        /// </summary>
        public static string Authorization(string method, Uri uri, IReadOnlyDictionary<string, string> headers, string bodySha256Hex, string sdkDate, string accessKey, string secretKey)
        {
            var signedHeaders = SignedHeaders(headers);
            var signature = Signature(method, uri, headers, bodySha256Hex, sdkDate, secretKey);
            return Algorithm + " Access=" + accessKey + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
        }

        public static string Signature(string method, Uri uri, IReadOnlyDictionary<string, string> headers, string bodySha256Hex, string sdkDate, string secretKey)
        {
            var canonicalRequest = CanonicalRequest(method, uri, headers, bodySha256Hex);
            var stringToSign = Algorithm + "\n" + sdkDate + "\n" + Hex(SHA256Hash(Encoding.UTF8.GetBytes(canonicalRequest)));
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secretKey));
            return Hex(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        }

        public static string CanonicalRequest(string method, Uri uri, IReadOnlyDictionary<string, string> headers, string bodySha256Hex)
        {
            var sorted = headers.Select(header => new KeyValuePair<string, string>(header.Key.ToLowerInvariant(), header.Value.Trim()))
                .OrderBy(header => header.Key, StringComparer.Ordinal).ToList();
            var canonicalHeaders = new StringBuilder();
            foreach (var header in sorted)
            {
                canonicalHeaders.Append(header.Key).Append(':').Append(header.Value).Append('\n');
            }

            return method.ToUpperInvariant() + "\n" + CanonicalUri(uri.AbsolutePath) + "\n" + CanonicalQuery(uri.Query) + "\n" + canonicalHeaders + "\n" + SignedHeaders(headers) + "\n" + bodySha256Hex;
        }

        /// <summary>Each path segment decoded, then encoded leaving only RFC 3986 unreserved characters; always ends in '/'.</summary>
        public static string CanonicalUri(string path)
        {
            var segments = path.Split('/').Select(segment => Encode(Uri.UnescapeDataString(segment)));
            var joined = string.Join("/", segments);
            return joined.EndsWith("/", StringComparison.Ordinal) ? joined : joined + "/";
        }

        /// <summary>Keys sorted (then values), each "key=value" encoded, joined by '&amp;'.</summary>
        public static string CanonicalQuery(string query)
        {
            var text = query.StartsWith("?", StringComparison.Ordinal) ? query.Substring(1) : query;
            if (text.Length == 0)
            {
                return string.Empty;
            }

            var pairs = text.Split('&').Where(part => part.Length > 0).Select(part =>
            {
                var equals = part.IndexOf('=');
                var key = Uri.UnescapeDataString((equals < 0 ? part : part.Substring(0, equals)).Replace('+', ' '));
                var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(part.Substring(equals + 1).Replace('+', ' '));
                return new KeyValuePair<string, string>(Encode(key), Encode(value));
            });
            return string.Join("&", pairs.OrderBy(pair => pair.Key, StringComparer.Ordinal).ThenBy(pair => pair.Value, StringComparer.Ordinal).Select(pair => pair.Key + "=" + pair.Value));
        }

        public static string SignedHeaders(IReadOnlyDictionary<string, string> headers) =>
            string.Join(";", headers.Keys.Select(name => name.ToLowerInvariant()).OrderBy(name => name, StringComparer.Ordinal));

        public static string FormatDate(DateTimeOffset time) => time.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

        /// <summary>Percent-encodes UTF-8 bytes, leaving A-Z a-z 0-9 - _ . ~ bare, with upper-case hex.</summary>
        public static string Encode(string text)
        {
            var builder = new StringBuilder();
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                var c = (char)b;
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }

        private static byte[] SHA256Hash(byte[] data)
        {
            using var sha = SHA256.Create();
            return sha.ComputeHash(data);
        }

        private static string Hex(byte[] bytes)
        {
            var builder = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes)
            {
                builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }
    }
}
