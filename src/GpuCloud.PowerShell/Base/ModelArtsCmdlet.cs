using System;
using System.Management.Automation;
using System.Security;
using GpuCloud.Core.Connections;
using GpuCloud.Core.ModelArts;
using GpuCloud.Models;

namespace GpuCloud.PowerShell.Base
{
    /// <summary>ModelArts connection parameters; see about_GpuCloud for the lookup order.</summary>
    public abstract class ModelArtsCmdlet : ListingCmdlet
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? AccessKey { get; set; }

        [Parameter]
        [ValidateSecretNotEmpty]
        public SecureString? SecretKey { get; set; }

        /// <summary>AK as the user name and SK as the password.</summary>
        [Parameter]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>An IAM token, sent in X-Auth-Token.</summary>
        [Parameter]
        [ValidateSecretNotEmpty]
        public SecureString? Token { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ProjectId { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Region { get; set; }

        [Parameter]
        public Uri? BaseUri { get; set; }

        [Parameter]
        public GpuCloudContext? Context { get; set; }

        protected ModelArtsClient NewClient()
        {
            var sources = new ConnectionSources { BaseUri = BaseUri, Context = Context, SessionDefault = Session.DefaultFor(CloudProvider.ModelArts) };
            var settings = new ModelArtsSettings
            {
                AccessKey = Credential?.UserName ?? AccessKey,
                AccessKeyFromCredential = Credential != null,
                SecretKey = SecureStrings.ToSecret(Credential?.Password ?? SecretKey),
                Token = SecureStrings.ToSecret(Token),
                ProjectId = ProjectId,
                Region = Region,
            };
            return new ModelArtsClient(ModelArtsConnectionResolver.Resolve(sources, settings));
        }
    }
}
