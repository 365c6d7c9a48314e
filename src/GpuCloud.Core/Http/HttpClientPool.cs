using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using GpuCloud.Models;
using Microsoft.Extensions.DependencyInjection;

namespace GpuCloud.Core.Http
{
    /// <summary>
    /// One pooled, keep-alive connection handler per provider and process, built on first use (never at
    /// module import). Handlers are recycled by the factory so long runbooks follow DNS changes.
    /// </summary>
    internal static class HttpClientPool
    {
        private static readonly Lazy<IHttpClientFactory> Factory = new Lazy<IHttpClientFactory>(BuildFactory);

        public static string UserAgent { get; } = "GpuCloud-PowerShell/" + (typeof(HttpClientPool).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");

        public static HttpClient For(CloudProvider provider) => Factory.Value.CreateClient(provider.ToString());

        private static IHttpClientFactory BuildFactory()
        {
            var services = new ServiceCollection();
            foreach (CloudProvider provider in Enum.GetValues(typeof(CloudProvider)))
            {
                services.AddHttpClient(provider.ToString(), client =>
                    {
                        client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
                        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent.Split('+')[0]);
                        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
                        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("deflate"));
                    })
                    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                    {
                        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                        UseCookies = false,
                        MaxConnectionsPerServer = 64,
                    })
                    .SetHandlerLifetime(TimeSpan.FromMinutes(5));
            }

            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        }
    }
}
