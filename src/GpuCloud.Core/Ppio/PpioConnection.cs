using System;
using GpuCloud.Core.Connections;

namespace GpuCloud.Core.Ppio
{
    /// <summary>Where and as whom PPIO is called.</summary>
    public sealed class PpioConnection
    {
        public static readonly Uri DefaultBaseUri = new Uri("https://api.ppinfra.com");

        public PpioConnection(Uri baseUri, SecretText apiKey, int pageNumberBase = 1)
        {
            BaseUri = baseUri;
            ApiKey = apiKey;
            PageNumberBase = pageNumberBase;
        }

        public Uri BaseUri { get; }

        public SecretText ApiKey { get; }

        /// <summary>The number of the first page; undocumented by PPIO, 1 unless set (PPIO_PAGE_NUMBER_BASE).</summary>
        public int PageNumberBase { get; }
    }
}
