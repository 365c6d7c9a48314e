using System;

namespace GpuCloud.Core.Connections
{
    /// <summary>The ModelArts settings a cmdlet was given explicitly; null members are looked up further.</summary>
    public sealed class ModelArtsSettings
    {
        public string? AccessKey { get; set; }

        /// <summary>The access key is -Credential's user name rather than -AccessKey (for messages about it).</summary>
        public bool AccessKeyFromCredential { get; set; }

        public SecretText? SecretKey { get; set; }

        public SecretText? Token { get; set; }

        public string? ProjectId { get; set; }

        public string? Region { get; set; }
    }
}
