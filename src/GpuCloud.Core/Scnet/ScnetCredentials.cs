using GpuCloud.Core.Connections;

namespace GpuCloud.Core.Scnet
{
    /// <summary>A SCNet account sign-in: user, password, organisation and (optionally) which region to use.</summary>
    public sealed class ScnetCredentials
    {
        public ScnetCredentials(string user, SecretText password, string orgId)
        {
            User = user;
            Password = password;
            OrgId = orgId;
        }

        public string User { get; }

        public SecretText Password { get; }

        public string OrgId { get; }

        /// <summary>Region by cluster name (exact or partial, case-insensitive); null picks the first usable one.</summary>
        public string? ClusterName { get; set; }

        public string? ClusterId { get; set; }
    }
}
