using System;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.ModelArts;
using GpuCloud.Models;

namespace GpuCloud.Core.Connections
{
    /// <summary>
    /// ModelArts lookup: explicit -AccessKey/-SecretKey or -Token, -ProjectId, -Region/-BaseUri; then -Context;
    /// then the session default; then HUAWEICLOUD_SDK_AK/SK/PROJECT_ID, HUAWEICLOUD_REGION, MODELARTS_BASE_URI.
    /// </summary>
    public static class ModelArtsConnectionResolver
    {
        public static ModelArtsConnection Resolve(ConnectionSources sources, ModelArtsSettings settings)
        {
            var context = sources.ContextFor(CloudProvider.ModelArts);
            var connected = context?.Connection as ModelArtsConnection;
            var authorizer = Authorizer(sources, settings, connected);
            var projectId = ProjectId(sources, settings.ProjectId, connected)
                ?? throw new GpuCloudConfigurationException("ProjectId", "No ModelArts project id was found. Pass -ProjectId, run Connect-GpuCloud -Provider ModelArts, or set the environment variable " + EnvironmentVariables.HuaweiProjectId + ".");
            return new ModelArtsConnection(BaseUri(sources, settings, connected), projectId, authorizer, OffsetMode(sources, connected));
        }

        /// <summary>-ProjectId; else the connected context's project; else HUAWEICLOUD_SDK_PROJECT_ID; else null.</summary>
        public static string? ProjectId(ConnectionSources sources, string? projectId, ModelArtsConnection? connected) =>
            projectId ?? connected?.ProjectId ?? sources.FromEnvironment(EnvironmentVariables.HuaweiProjectId);

        public static Uri BaseUri(ConnectionSources sources, ModelArtsSettings settings, ModelArtsConnection? connected)
        {
            if (sources.BaseUri != null)
            {
                return BaseUriPolicy.Validate(sources.BaseUri, "BaseUri", EnvironmentVariables.ModelArtsBaseUri);
            }

            if (settings.Region != null)
            {
                return ModelArtsConnection.RegionalBaseUri(CheckRegion(settings.Region));
            }

            if (connected != null)
            {
                return connected.BaseUri;
            }

            var text = sources.FromEnvironment(EnvironmentVariables.ModelArtsBaseUri);
            if (text != null)
            {
                return BaseUriPolicy.Parse(text, "BaseUri", EnvironmentVariables.ModelArtsBaseUri);
            }

            var region = sources.FromEnvironment(EnvironmentVariables.HuaweiRegion)
                ?? throw new GpuCloudConfigurationException("Region", "The ModelArts endpoint is unknown. Pass -Region (e.g. cn-north-4) or -BaseUri, or set " + EnvironmentVariables.HuaweiRegion + " or " + EnvironmentVariables.ModelArtsBaseUri + ".");
            return ModelArtsConnection.RegionalBaseUri(CheckRegion(region));
        }

        /// <summary>
        /// Where an IAM password sign-in goes: -IamBaseUri; else the IAM endpoint of -Region; else -BaseUri (an endpoint that
        /// answers both, such as the emulator); else the IAM endpoint of HUAWEICLOUD_REGION; else MODELARTS_BASE_URI.
        /// </summary>
        public static Uri IamBaseUri(ConnectionSources sources, Uri? iamBaseUri, string? region)
        {
            if (iamBaseUri != null)
            {
                return BaseUriPolicy.Validate(iamBaseUri, "IamBaseUri", null);
            }

            if (region != null)
            {
                return ModelArtsConnection.RegionalIamBaseUri(CheckRegion(region));
            }

            if (sources.BaseUri != null)
            {
                return BaseUriPolicy.Validate(sources.BaseUri, "BaseUri", EnvironmentVariables.ModelArtsBaseUri);
            }

            var fromEnvironment = sources.FromEnvironment(EnvironmentVariables.HuaweiRegion);
            if (fromEnvironment != null)
            {
                return ModelArtsConnection.RegionalIamBaseUri(CheckRegion(fromEnvironment));
            }

            var text = sources.FromEnvironment(EnvironmentVariables.ModelArtsBaseUri)
                ?? throw new GpuCloudConfigurationException("IamBaseUri", "The IAM endpoint is unknown: pass -Region (e.g. cn-north-4) or -IamBaseUri, or set " + EnvironmentVariables.HuaweiRegion + ".");
            return BaseUriPolicy.Parse(text, "BaseUri", EnvironmentVariables.ModelArtsBaseUri);
        }

        public static string CheckRegion(string region)
        {
            foreach (var c in region)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-'))
                {
                    throw new GpuCloudConfigurationException("Region", "-Region (or " + EnvironmentVariables.HuaweiRegion + ") must be a region id such as cn-north-4; got '" + region + "'.");
                }
            }

            return region;
        }

        /// <summary>The authorizer for credentials given explicitly (-AccessKey and -SecretKey, -Credential, or -Token), or null when none were.</summary>
        public static IModelArtsAuthorizer? ExplicitAuthorizer(ModelArtsSettings settings)
        {
            if (settings.AccessKey != null || settings.SecretKey != null)
            {
                if (settings.Token != null)
                {
                    // Either would do on its own: refuse rather than pick one the caller may not have meant.
                    throw new GpuCloudConfigurationException("Token", "-Token (an IAM token) and AK/SK signing (-AccessKey and -SecretKey, or -Credential) were both given: pass one of them.");
                }

                if (settings.AccessKeyFromCredential && string.IsNullOrWhiteSpace(settings.AccessKey))
                {
                    throw new GpuCloudConfigurationException("Credential", "The user name of -Credential must be the access key (AK); it is empty or white space.");
                }

                if (string.IsNullOrEmpty(settings.AccessKey) || settings.SecretKey == null || settings.SecretKey.IsEmpty)
                {
                    throw new GpuCloudConfigurationException(settings.AccessKey == null ? "AccessKey" : "SecretKey", "AK/SK signing needs both -AccessKey and -SecretKey (or -Credential with the AK as user name and the SK as password).");
                }

                // The SK only keys the HMAC signature; the AK is written into the Authorization header.
                var accessKey = settings.AccessKeyFromCredential
                    ? HeaderValueGuard.Check(settings.AccessKey!, "Credential", "The user name of -Credential (the access key)")
                    : HeaderValueGuard.Check(settings.AccessKey!, "AccessKey");
                return new AkSkAuthorizer(new SecretText(accessKey), settings.SecretKey);
            }

            if (settings.Token != null && !settings.Token.IsEmpty)
            {
                HeaderValueGuard.Check(settings.Token.Reveal, "Token");
                return new IamTokenAuthorizer(settings.Token);
            }

            return null;
        }

        private static IModelArtsAuthorizer Authorizer(ConnectionSources sources, ModelArtsSettings settings, ModelArtsConnection? connected)
        {
            var given = ExplicitAuthorizer(settings);
            if (given != null)
            {
                return given;
            }

            if (connected != null)
            {
                return connected.Authorizer;
            }

            var accessKey = sources.FromEnvironment(EnvironmentVariables.HuaweiAccessKey);
            var secretKey = sources.FromEnvironment(EnvironmentVariables.HuaweiSecretKey);
            if (accessKey != null && secretKey != null)
            {
                HeaderValueGuard.CheckFromEnvironment(accessKey, EnvironmentVariables.HuaweiAccessKey, "AccessKey");
                return new AkSkAuthorizer(new SecretText(accessKey), new SecretText(secretKey));
            }

            if (accessKey != null || secretKey != null)
            {
                var missing = accessKey == null ? EnvironmentVariables.HuaweiAccessKey : EnvironmentVariables.HuaweiSecretKey;
                throw new GpuCloudConfigurationException(accessKey == null ? "AccessKey" : "SecretKey",
                    "AK/SK signing from the environment needs " + EnvironmentVariables.HuaweiAccessKey + " and " + EnvironmentVariables.HuaweiSecretKey + "; " + missing
                    + " is not set. Set it, or pass -AccessKey and -SecretKey (or -Credential, or -Token) or run Connect-GpuCloud -Provider ModelArts.");
            }

            throw new GpuCloudConfigurationException("AccessKey",
                "No ModelArts credentials were found. Pass -AccessKey and -SecretKey (or -Credential, or -Token), run Connect-GpuCloud -Provider ModelArts, or set the environment variables "
                + EnvironmentVariables.HuaweiAccessKey + " and " + EnvironmentVariables.HuaweiSecretKey + ".");
        }

        private static ModelArtsOffsetMode OffsetMode(ConnectionSources sources, ModelArtsConnection? connected)
        {
            var text = sources.FromEnvironment(EnvironmentVariables.ModelArtsOffsetMode);
            if (text == null)
            {
                return connected?.OffsetMode ?? ModelArtsOffsetMode.RecordOffset;
            }

            // By name only: Enum.TryParse would also take a number ("7") or a list ("RecordOffset, PageIndex").
            foreach (ModelArtsOffsetMode mode in Enum.GetValues(typeof(ModelArtsOffsetMode)))
            {
                if (string.Equals(mode.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return mode;
                }
            }

            throw new GpuCloudConfigurationException("OffsetMode", EnvironmentVariables.ModelArtsOffsetMode + " must be RecordOffset or PageIndex; got '" + text + "'.");
        }
    }
}
