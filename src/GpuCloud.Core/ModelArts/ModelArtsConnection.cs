using System;

namespace GpuCloud.Core.ModelArts
{
    public sealed class ModelArtsConnection
    {
        public ModelArtsConnection(Uri baseUri, string projectId, IModelArtsAuthorizer authorizer, ModelArtsOffsetMode offsetMode = ModelArtsOffsetMode.RecordOffset)
        {
            BaseUri = baseUri;
            ProjectId = projectId;
            Authorizer = authorizer;
            OffsetMode = offsetMode;
        }

        public Uri BaseUri { get; }

        public string ProjectId { get; }

        public IModelArtsAuthorizer Authorizer { get; }

        public ModelArtsOffsetMode OffsetMode { get; }

        /// <summary>The regional endpoint, https://modelarts.{region}.myhuaweicloud.com.</summary>
        public static Uri RegionalBaseUri(string region) => new Uri("https://modelarts." + region + ".myhuaweicloud.com");

        /// <summary>The region of a regional endpoint (as <see cref="RegionalBaseUri"/> builds it), or null for any other address.</summary>
        public static string? RegionOf(Uri baseUri)
        {
            const string Prefix = "modelarts.", Suffix = ".myhuaweicloud.com";
            var host = baseUri.Host;
            return host.Length > Prefix.Length + Suffix.Length
                && host.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                && host.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
                ? host.Substring(Prefix.Length, host.Length - Prefix.Length - Suffix.Length)
                : null;
        }

        public static Uri RegionalIamBaseUri(string region) => new Uri("https://iam." + region + ".myhuaweicloud.com");
    }
}
