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

        public static Uri RegionalIamBaseUri(string region) => new Uri("https://iam." + region + ".myhuaweicloud.com");
    }
}
