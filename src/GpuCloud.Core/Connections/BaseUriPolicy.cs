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
            var source = "-" + parameterName + (environmentVariable == null ? string.Empty : " (or " + environmentVariable + ")");
            if (uri == null || !uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new GpuCloudConfigurationException(parameterName, source + " must be an absolute https:// URI, such as https://api.example.com; got '" + uri + "'.");
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            {
                throw new GpuCloudConfigurationException(parameterName, source + " must use https; plain http is accepted only for loopback addresses such as the local emulator (http://127.0.0.1:5080). Got '" + uri + "'.");
            }

            if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new GpuCloudConfigurationException(parameterName, source + " must hold only scheme, host, port and path: no user information, query or fragment.");
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

        private static bool IsLoopback(Uri uri) =>
            uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
