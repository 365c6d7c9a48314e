using System;
using System.Net;
using GpuCloud.Core.Errors;

namespace GpuCloud.Core.Connections
{
    /// <summary>Only https endpoints are accepted, except loopback addresses (the local emulator).</summary>
    public static class BaseUriPolicy
    {
        /// <param name="environmentVariable">The variable that can also set it, named in the message; null when none can.</param>
        public static Uri Validate(Uri? uri, string parameterName, string? environmentVariable)
        {
            if (uri == null || !uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new GpuCloudConfigurationException(parameterName, Named(parameterName, environmentVariable) + " must be an absolute https:// URI, such as https://api.example.com; got '" + Shown(uri) + "'.");
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            {
                throw new GpuCloudConfigurationException(parameterName, Named(parameterName, environmentVariable) + " must use https; plain http is accepted only for loopback addresses such as the local emulator (http://127.0.0.1:5080). Got '" + Shown(uri) + "'.");
            }

            if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new GpuCloudConfigurationException(parameterName, Named(parameterName, environmentVariable) + " must hold only scheme, host, port and path: no user information, query or fragment.");
            }

            return uri;
        }

        public static Uri Parse(string? text, string parameterName, string environmentVariable)
        {
            if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri))
            {
                throw new GpuCloudConfigurationException(parameterName, environmentVariable + " must be an absolute https:// URI; it could not be read.");
            }

            return Validate(uri, parameterName, environmentVariable);
        }

        /// <summary>"-BaseUri (or PPIO_BASE_URI)", or "-IamBaseUri" for a setting no environment variable holds.</summary>
        private static string Named(string parameterName, string? environmentVariable) =>
            "-" + parameterName + (environmentVariable == null ? string.Empty : " (or " + environmentVariable + ")");

        /// <summary>
        /// The URI as an error may show it: what comes before an '@' in front of the host (user information, which may hold
        /// a password) is left out, by text, since a URI without its scheme ("admin:pw@host") reads as one of scheme "admin".
        /// </summary>
        private static string Shown(Uri? uri)
        {
            var text = uri?.OriginalString ?? string.Empty;
            var scheme = text.IndexOf("://", StringComparison.Ordinal);
            var authority = scheme < 0 ? 0 : scheme + 3;
            var pathStart = text.IndexOf('/', authority);
            var at = text.LastIndexOf('@', pathStart < 0 ? text.Length - 1 : pathStart);
            return at < authority ? text : text.Substring(0, authority) + "***" + text.Substring(at);
        }

        private static bool IsLoopback(Uri uri) =>
            uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
