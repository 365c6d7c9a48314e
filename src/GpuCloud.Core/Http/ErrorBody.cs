using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace GpuCloud.Core.Http
{
    /// <summary>Reads a refusal's body in the provider's error shape; a body that is not that shape (an HTML page, a cut-off answer) reads as null.</summary>
    internal static class ErrorBody
    {
        public static async Task<T?> TryReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
            where T : class
        {
            try
            {
                using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                return await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is JsonException || exception is IOException || exception is HttpRequestException)
            {
                return null;
            }
        }
    }
}
