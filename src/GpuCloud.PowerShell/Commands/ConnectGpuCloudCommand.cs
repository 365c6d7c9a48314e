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
    [Cmdlet(VerbsCommunications.Connect, "GpuCloud", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(GpuCloudContext))]
    public sealed class ConnectGpuCloudCommand : RequestingCmdlet
    {
        public const string EnvironmentSet = "FromEnvironment";
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
        [Parameter(ParameterSetName = EnvironmentSet)]
        public Uri? AuthBaseUri { get; set; }

        [Parameter(ParameterSetName = EnvironmentSet)]
        [Parameter(ParameterSetName = ModelArtsAkSkSet)]
        [Parameter(ParameterSetName = ModelArtsCredentialSet)]
        [Parameter(ParameterSetName = ModelArtsTokenSet)]
        [Parameter(ParameterSetName = ModelArtsIamSet)]
        [ValidateNotNullOrEmpty]
        public string? Region { get; set; }

        // Not mandatory with -Credential alone: SCNet's -Credential needs -OrgId, so -Credential without either would match neither set.
        [Parameter(ParameterSetName = EnvironmentSet)]
        [Parameter(ParameterSetName = ModelArtsCredentialSet)]
        [Parameter(Mandatory = true, ParameterSetName = ModelArtsAkSkSet)]
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
                case PpioApiKeySet:
                    return GpuCloudConnector.ConnectPpioAsync(BaseUri, Required(SecureStrings.ToSecret(ApiKey), nameof(ApiKey)), call);
                default:
                    return GpuCloudConnector.ConnectFromEnvironmentAsync(Provider, new ConnectionSources { BaseUri = BaseUri }, AuthBaseUri, new ModelArtsSettings { ProjectId = ProjectId, Region = Region }, call);
            }
        }

        private Task<GpuCloudContext> ConnectModelArtsAsync(ModelArtsSettings credentials, Core.Http.CallContext call) =>
            GpuCloudConnector.ConnectModelArtsAsync(BaseUri, Region, ProjectOrEnvironment(), ModelArtsConnectionResolver.ExplicitAuthorizer(credentials)!, call);

        /// <summary>-ProjectId, else HUAWEICLOUD_SDK_PROJECT_ID (only -Credential may leave -ProjectId out).</summary>
        private string ProjectOrEnvironment() =>
            ModelArtsConnectionResolver.ProjectId(new ConnectionSources(), ProjectId, connected: null)
            ?? throw new GpuCloudConfigurationException("ProjectId", "-Provider ModelArts with -Credential needs -ProjectId too (the project to list), or the environment variable " + EnvironmentVariables.HuaweiProjectId + ".");

        private async Task<GpuCloudContext> ConnectWithIamAsync(Core.Http.CallContext call)
        {
            var iamBase = ModelArtsConnectionResolver.IamBaseUri(new ConnectionSources { BaseUri = BaseUri }, IamBaseUri, Region);
            var authorizer = await GpuCloudConnector.SignInToIamAsync(iamBase, IamCredential!.UserName, Required(SecureStrings.ToSecret(IamCredential.Password), nameof(IamCredential)), DomainName!, ProjectId!, call).ConfigureAwait(false);
            return await GpuCloudConnector.ConnectModelArtsAsync(BaseUri, Region, ProjectId!, authorizer, call).ConfigureAwait(false);
        }

        private void CheckProviderMatchesParameterSet()
        {
            if (ParameterSetName == EnvironmentSet)
            {
                CheckEnvironmentSetParameters();
                return;
            }

            if (Provider == CloudProvider.Scnet && ParameterSetName == ModelArtsCredentialSet)
            {
                // -Credential without -OrgId binds to ModelArts' set: SCNet's needs -OrgId as well.
                throw new GpuCloudConfigurationException("OrgId", "-Provider Scnet with -Credential needs -OrgId too (the organisation the user signs in to).");
            }

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

        /// <summary>Without credentials Connect signs in from the environment; -Region, -ProjectId and -AuthBaseUri are one provider's each.</summary>
        private void CheckEnvironmentSetParameters()
        {
            var foreign = Provider != CloudProvider.ModelArts && ProjectId != null ? "ProjectId"
                : Provider != CloudProvider.ModelArts && Region != null ? "Region"
                : Provider != CloudProvider.Scnet && AuthBaseUri != null ? "AuthBaseUri"
                : null;
            if (foreign != null)
            {
                throw new GpuCloudConfigurationException(foreign, "-" + foreign + " is " + (foreign == "AuthBaseUri" ? "SCNet's" : "ModelArts'") + ", not " + Provider + "'s: leave it out, or pass the -Provider it belongs to.");
            }

            EmitVerbose("No credentials were given: signing in to " + Provider + " with the environment variables the other cmdlets read.");
        }

        private static SecretText Required(SecretText? secret, string parameterName) =>
            secret ?? throw new GpuCloudConfigurationException(parameterName, "-" + parameterName + " must not be empty.");
    }
}
