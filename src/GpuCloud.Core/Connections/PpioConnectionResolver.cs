using System;
using System.Globalization;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Ppio;
using GpuCloud.Models;

namespace GpuCloud.Core.Connections
{
    public static class PpioConnectionResolver
    {
        public static PpioConnection Resolve(ConnectionSources sources, SecretText? apiKey)
        {
            var context = sources.ContextFor(CloudProvider.Ppio);
            var pageBase = PageNumberBase(sources);
            if (apiKey != null && !apiKey.IsEmpty)
            {
                HeaderValueGuard.Check(apiKey.Reveal, "ApiKey");
                return new PpioConnection(BaseUri(sources, context), apiKey, pageBase);
            }

            if (context?.Connection is PpioConnection connected)
            {
                // The page-number base is a setting read on every call, not part of the connection: setting it after
                // Connect-GpuCloud (as the shortfall warning advises) takes effect.
                return sources.BaseUri == null && pageBase == connected.PageNumberBase ? connected : new PpioConnection(BaseUri(sources, context), connected.ApiKey, pageBase);
            }

            var fromEnvironment = sources.FromEnvironment(EnvironmentVariables.PpioApiKey);
            if (fromEnvironment == null)
            {
                throw new GpuCloudConfigurationException("ApiKey",
                    "No PPIO API key was found. Pass -ApiKey, run Connect-GpuCloud -Provider Ppio -ApiKey <key>, or set the environment variable " + EnvironmentVariables.PpioApiKey + ".");
            }

            HeaderValueGuard.CheckFromEnvironment(fromEnvironment, EnvironmentVariables.PpioApiKey, "ApiKey");
            return new PpioConnection(BaseUri(sources, null), new SecretText(fromEnvironment), pageBase);
        }

        private static Uri BaseUri(ConnectionSources sources, GpuCloudContext? context)
        {
            if (sources.BaseUri != null)
            {
                return BaseUriPolicy.Validate(sources.BaseUri, "BaseUri", EnvironmentVariables.PpioBaseUri);
            }

            if (context != null)
            {
                return context.BaseUri;
            }

            var text = sources.FromEnvironment(EnvironmentVariables.PpioBaseUri);
            return text == null ? PpioConnection.DefaultBaseUri : BaseUriPolicy.Parse(text, "BaseUri", EnvironmentVariables.PpioBaseUri);
        }

        private static int PageNumberBase(ConnectionSources sources)
        {
            var text = sources.FromEnvironment(EnvironmentVariables.PpioPageNumberBase);
            if (text == null)
            {
                return 1;
            }

            if (text == "0" || text == "1")
            {
                return int.Parse(text, CultureInfo.InvariantCulture);
            }

            throw new GpuCloudConfigurationException("PageNumberBase", EnvironmentVariables.PpioPageNumberBase + " must be 0 or 1 (the number of PPIO's first page); got '" + text + "'.");
        }
    }
}
