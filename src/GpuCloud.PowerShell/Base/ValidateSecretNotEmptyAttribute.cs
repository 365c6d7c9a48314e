using System.Management.Automation;
using System.Security;

namespace GpuCloud.PowerShell.Base
{
    /// <summary>
    /// Rejects an empty SecureString (Read-Host -AsSecureString answered with Enter alone) when the parameter is bound;
    /// it would otherwise count as not given, and the call would quietly run with the session's or the environment's secret.
    /// </summary>
    public sealed class ValidateSecretNotEmptyAttribute : ValidateArgumentsAttribute
    {
        /// <summary>The parameter is mandatory where it stands (Connect-GpuCloud): leaving it out is no advice to give.</summary>
        public bool Mandatory { get; set; }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var secret = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
            if (secret is SecureString { Length: 0 })
            {
                throw new ValidationMetadataException(Mandatory
                    ? "An empty secret was given. Pass the secret itself."
                    : "An empty secret was given. Pass the secret itself, or leave the parameter out where the session default (Connect-GpuCloud) or an environment variable can supply it.");
            }
        }
    }
}
