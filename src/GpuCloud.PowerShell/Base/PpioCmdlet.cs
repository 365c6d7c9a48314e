using System;
using System.Management.Automation;
using System.Security;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Ppio;
using GpuCloud.Models;

namespace GpuCloud.PowerShell.Base
{
    /// <summary>PPIO connection parameters: -ApiKey, -BaseUri, -Context, then session default, then PPIO_API_KEY/PPIO_BASE_URI.</summary>
    public abstract class PpioCmdlet : ListingCmdlet
    {
        [Parameter]
        [ValidateSecretNotEmpty]
        public SecureString? ApiKey { get; set; }

        [Parameter]
        public Uri? BaseUri { get; set; }

        [Parameter]
        public GpuCloudContext? Context { get; set; }

        protected PpioClient NewClient()
        {
            var sources = new ConnectionSources { BaseUri = BaseUri, Context = Context, SessionDefault = Session.DefaultFor(CloudProvider.Ppio) };
            return new PpioClient(PpioConnectionResolver.Resolve(sources, SecureStrings.ToSecret(ApiKey)));
        }
    }
}
