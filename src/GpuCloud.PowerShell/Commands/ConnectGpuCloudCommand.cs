using System;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Scnet;
using GpuCloud.Models;
using GpuCloud.PowerShell.Base;

namespace GpuCloud.PowerShell.Commands
{
    /// <summary>
    /// Signs in to one provider, proves the connection with one cheap call, and makes it the session's
    /// default for that provider. Secrets stay in memory only; the context shows none of them.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "GpuCloud", DefaultParameterSetName = PpioApiKeySet)]
    [OutputType(typeof(GpuCloudContext))]
    public sealed class ConnectGpuCloudCommand : GpuCloudCmdlet
    {
        public const string PpioApiKeySet = "PpioApiKey";
        public const string ScnetTokenSet = "ScnetToken";
        public const string ScnetCredentialSet = "ScnetCredential";
        public const string ModelArtsAkSkSet = "ModelArtsAkSk";
        public const string ModelArtsCredentialSet = "ModelArtsCredential";
        public const string ModelArtsTokenSet = "ModelArtsToken";
        public const string ModelArtsIamSet = "ModelArtsIam";

        [Parameter(Mandatory = true, Position = 0)]
        public CloudProvider Provider { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = PpioApiKeySet)]
        [ValidateSecretNotEmpty(Mandatory = true)]
        public SecureString? ApiKey { get; set; }

        /// <summary>PPIO: the API base; SCNet: the AI service base; ModelArts: the endpoint (overrides -Region).</summary>
        [Parameter]
        public Uri? BaseUri { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ScnetTokenSet)]
        [Parameter(Mandatory = true, ParameterSetName = ModelArtsTokenSet)]
        [ValidateSecretNotEmpty(Mandatory = true)]
        public SecureString? Token { get; set; }

        /// <summary>SCNet: user and password; ModelArts: access key (AK) as user name and secret key (SK) as password.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ScnetCredentialSet)]
        [Parameter(Mandatory = true, ParameterSetName = ModelArtsCredentialSet)]
        [Credential]
        public PSCredential? Credential { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ScnetCredentialSet)]
        [ValidateNotNullOrEmpty]
        public string? OrgId { get; set; }

        [Parameter(ParameterSetName = ScnetCredentialSet)]
        [ValidateNotNullOrEmpty]
        public string? ClusterName { get; set; }

        [Parameter(ParameterSetName = ScnetCredentialSet)]
        [ValidateNotNullOrEmpty]
        public string? ClusterId { get; set; }

        [Parameter(ParameterSetName = ScnetTokenSet)]
        [Parameter(ParameterSetName = ScnetCredentialSet)]
        public Uri? AuthBaseUri { get; set; }

        [Parameter(ParameterSetName = ModelArtsAkSkSet)]
        [Parameter(ParameterSetName = ModelArtsCredentialSet)]
        [Parameter(ParameterSetName = ModelArtsTokenSet)]
        [Parameter(ParameterSetName = ModelArtsIamSet)]
        [ValidateNotNullOrEmpty]
        public string? Region { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ModelArtsAkSkSet)]
        [Parameter(Mandatory = true, ParameterSetName = ModelArtsCredentialSet)]
        [Parameter(Mandatory = true, ParameterSetName = ModelArtsTokenSet)]
        [Parameter(Mandatory = true, ParameterSetName = ModelArtsIamSet)]
        [ValidateNotNullOrEmpty]
        public string? ProjectId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ModelArtsAkSkSet)]
        [ValidateNotNullOrEmpty]
        public string? AccessKey { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ModelArtsAkSkSet)]
        [ValidateSecretNotEmpty(Mandatory = true)]
        public SecureString? SecretKey { get; set; }

        /// <summary>An IAM user (name and password) for an IAM token from POST /v3/auth/tokens.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ModelArtsIamSet)]
        [Credential]
        public PSCredential? IamCredential { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ModelArtsIamSet)]
        [ValidateNotNullOrEmpty]
        public string? DomainName { get; set; }

        [Parameter(ParameterSetName = ModelArtsIamSet)]
        public Uri? IamBaseUri { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
        {
            CheckProviderMatchesParameterSet();
            var call = NewCallContext();
            var context = await ConnectAsync(call).ConfigureAwait(false);
            Session.Defaults[context.Provider] = context;
            EmitVerbose("Connected to " + context.Provider + " at " + context.BaseUri + " as " + context.Identity + "; this is now the session default for " + context.Provider + ".");
            if (PassThru.IsPresent)
            {
                Emit(context);
            }
        }

        private Task<GpuCloudContext> ConnectAsync(Core.Http.CallContext call)
        {
            switch (ParameterSetName)
            {
                case ScnetTokenSet:
                    return GpuCloudConnector.ConnectScnetWithTokenAsync(BaseUri, AuthBaseUri, Required(SecureStrings.ToSecret(Token), nameof(Token)), call);
                case ScnetCredentialSet:
                    var credentials = new ScnetCredentials(Credential!.UserName, Required(SecureStrings.ToSecret(Credential.Password), nameof(Credential)), OrgId!) { ClusterName = ClusterName, ClusterId = ClusterId };
                    return GpuCloudConnector.ConnectScnetWithCredentialsAsync(ScnetConnectionResolver.AuthBase(new ConnectionSources(), AuthBaseUri), BaseUri, credentials, call);
                case ModelArtsAkSkSet:
                    return ConnectModelArtsAsync(new ModelArtsSettings { AccessKey = AccessKey, SecretKey = Required(SecureStrings.ToSecret(SecretKey), nameof(SecretKey)) }, call);
                case ModelArtsCredentialSet:
                    return ConnectModelArtsAsync(new ModelArtsSettings { AccessKey = Credential!.UserName, AccessKeyFromCredential = true, SecretKey = Required(SecureStrings.ToSecret(Credential.Password), nameof(Credential)) }, call);
                case ModelArtsTokenSet:
                    return ConnectModelArtsAsync(new ModelArtsSettings { Token = Required(SecureStrings.ToSecret(Token), nameof(Token)) }, call);
                case ModelArtsIamSet:
                    return ConnectWithIamAsync(call);
                default:
                    return GpuCloudConnector.ConnectPpioAsync(BaseUri, Required(SecureStrings.ToSecret(ApiKey), nameof(ApiKey)), call);
            }
        }

        private Task<GpuCloudContext> ConnectModelArtsAsync(ModelArtsSettings credentials, Core.Http.CallContext call) =>
            GpuCloudConnector.ConnectModelArtsAsync(BaseUri, Region, ProjectId!, ModelArtsConnectionResolver.ExplicitAuthorizer(credentials)!, call);

        private async Task<GpuCloudContext> ConnectWithIamAsync(Core.Http.CallContext call)
        {
            var iamBase = ModelArtsConnectionResolver.IamBaseUri(new ConnectionSources { BaseUri = BaseUri }, IamBaseUri, Region);
            var authorizer = await GpuCloudConnector.SignInToIamAsync(iamBase, IamCredential!.UserName, Required(SecureStrings.ToSecret(IamCredential.Password), nameof(IamCredential)), DomainName!, ProjectId!, call).ConfigureAwait(false);
            return await GpuCloudConnector.ConnectModelArtsAsync(BaseUri, Region, ProjectId!, authorizer, call).ConfigureAwait(false);
        }

        private void CheckProviderMatchesParameterSet()
        {
            var expected = ParameterSetName.StartsWith("Scnet", StringComparison.Ordinal) ? CloudProvider.Scnet
                : ParameterSetName.StartsWith("ModelArts", StringComparison.Ordinal) ? CloudProvider.ModelArts
                : CloudProvider.Ppio;
            if (Provider == CloudProvider.ModelArts && ParameterSetName == ScnetTokenSet)
            {
                // -Token alone binds to SCNet's set: ModelArts' needs -ProjectId as well.
                throw new GpuCloudConfigurationException("ProjectId", "-Provider ModelArts with -Token needs -ProjectId too (the project the IAM token is scoped to).");
            }

            if (Provider != expected)
            {
                throw new GpuCloudConfigurationException("Provider", "-Provider " + Provider + " does not sign in with these parameters (they are " + expected + "'s). "
                    + "PPIO: -ApiKey. SCNet: -Token, or -Credential with -OrgId. ModelArts: -ProjectId with -AccessKey/-SecretKey, -Credential, -Token, or -IamCredential with -DomainName.");
            }
        }

        private static SecretText Required(SecretText? secret, string parameterName) =>
            secret ?? throw new GpuCloudConfigurationException(parameterName, "-" + parameterName + " must not be empty.");
    }
}
