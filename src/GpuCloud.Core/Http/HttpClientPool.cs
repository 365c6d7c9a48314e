using System;
using System.Collections.Concurrent;
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
    /// module import). Handlers are recycled by the factory so long runbooks follow DNS changes; the client
    /// over a handler is made once per handler lifetime, not per call or request.
    /// </summary>
    internal static class HttpClientPool
    {
        internal static readonly TimeSpan HandlerLifetime = TimeSpan.FromMinutes(5);
        private static readonly Lazy<IHttpClientFactory> Factory = new Lazy<IHttpClientFactory>(BuildFactory);
        private static readonly ConcurrentDictionary<CloudProvider, (HttpClient Client, DateTimeOffset Made)> Clients = new ConcurrentDictionary<CloudProvider, (HttpClient Client, DateTimeOffset Made)>();

        public static string UserAgent { get; } = "GpuCloud-PowerShell/" + (typeof(HttpClientPool).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");

        public static HttpClient For(CloudProvider provider) => For(provider, DateTimeOffset.UtcNow);

        /// <summary>The provider's client; a new one (over the factory's current handler) once the last is a handler lifetime old.</summary>
        internal static HttpClient For(CloudProvider provider, DateTimeOffset now)
        {
            if (Clients.TryGetValue(provider, out var current) && now - current.Made < HandlerLifetime)
            {
                return current.Client;
            }

            var made = (Factory.Value.CreateClient(provider.ToString()), now);
            Clients[provider] = made;
            return made.Item1;
        }

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
                    .SetHandlerLifetime(HandlerLifetime);
            }

            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        }
    }
}
