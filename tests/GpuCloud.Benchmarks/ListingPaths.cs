using System.Net.Http.Headers;
using System.Text.Json;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Ppio;

namespace GpuCloud.Benchmarks;

/// <summary>The ways of reading the PPIO endpoint listing that are compared.</summary>
public sealed class ListingPaths : IDisposable
{
    public const int PageSize = 100;
    private const string EndpointPath = "gpu-instance/openapi/v1/endpoint";

    /// <summary>The pages a listing of <paramref name="items"/> takes at <see cref="PageSize"/>.</summary>
    public static int PagesOf(long items) => (int)((items + PageSize - 1) / PageSize);

    /// <summary>
    /// The fewest round trips a pager that reads the first page alone (it tells the total), then keeps
    /// <paramref name="inFlight"/> pages in flight, can read <paramref name="items"/> in.
    /// </summary>
    public static int FewestRoundTrips(long items, int inFlight) => 1 + (int)Math.Ceiling((PagesOf(items) - 1) / (double)Math.Max(1, inFlight));

    private readonly BenchEmulator _emulator;
    private readonly Dictionary<Uri, PpioClient> _clients = new();
    private readonly HttpClient _naive = new();
    private readonly byte[] _buffer = new byte[64 * 1024];

    public ListingPaths(BenchEmulator emulator)
    {
        _emulator = emulator;
    }

    /// <summary>One PpioClient per emulator base URI (out of process, each item count has its own child and port).</summary>
    private PpioClient Client
    {
        get
        {
            var baseUri = _emulator.BaseUri;
            if (!_clients.TryGetValue(baseUri, out var client))
            {
                client = new PpioClient(new PpioConnection(baseUri, new SecretText(_emulator.ApiKey)));
                _clients[baseUri] = client;
            }

            return client;
        }
    }

    /// <summary>
    /// GpuCloud's listing: PpioClient.ListEndpointsAsync through the real pager and transport (pooled
    /// HttpClient, Polly pipeline, source-generated deserialization, mapping to GpuEndpoint).
    /// <paramref name="maxConcurrency"/> null = the default (RequestOptions.DefaultMaxConcurrency).
    /// </summary>
    public async Task<long> GpuCloudAsync(int? maxConcurrency, Action onFirst)
    {
        var options = maxConcurrency == null ? new RequestOptions() : new RequestOptions { MaxConcurrency = maxConcurrency };
        var call = new CallContext(options);
        long count = 0;
        await foreach (var endpoint in Client.ListEndpointsAsync(new PagingOptions(PageSize), call).ConfigureAwait(false))
        {
            if (count == 0)
            {
                onFirst();
            }

            if (endpoint.Id != null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// What a script without GpuCloud does: GET pageNum=1..N one after the other with a Bearer header
    /// and parse each page with JsonDocument (the id of every endpoint is read, nothing is mapped).
    /// </summary>
    public async Task<long> NaiveSequentialAsync(Action onFirst)
    {
        long count = 0;
        for (var page = 1; ; page++)
        {
            using var request = NewPageRequest(page);
            using var response = await _naive.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var document = await JsonDocument.ParseAsync(body).ConfigureAwait(false);
            var total = document.RootElement.GetProperty("total").GetInt64();
            var onPage = 0;
            foreach (var endpoint in document.RootElement.GetProperty("endpoints").EnumerateArray())
            {
                if (count == 0)
                {
                    onFirst();
                }

                if (endpoint.GetProperty("id").GetString() != null)
                {
                    count++;
                }

                onPage++;
            }

            if (onPage < PageSize || count >= total)
            {
                return count;
            }
        }
    }

    /// <summary>
    /// The floor: the same sequential GETs, reading the bytes into one reused buffer and parsing nothing. Out of process its
    /// CPU time and allocations are HttpClient and the socket reads, which every client path pays as well; in process
    /// they are mostly the emulator serving the pages. It is run at 0 ms only.
    /// </summary>
    public async Task<long> BytesOnlyFloorAsync(Action onFirst)
    {
        var items = (long)_emulator.Items;
        var pages = PagesOf(items);
        long count = 0;
        for (var page = 1; page <= pages; page++)
        {
            using var request = NewPageRequest(page);
            using var response = await _naive.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            long length = 0;
            int read;
            while ((read = await body.ReadAsync(_buffer).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            if (length > 0)
            {
                if (count == 0)
                {
                    onFirst();
                }

                count += Math.Min(PageSize, items - count);
            }
        }

        return count;
    }

    /// <summary>
    /// One request for page 1, unmeasured: makes the emulator (re)build its data set for the current item count, and
    /// records the size of a page body for the report.
    /// </summary>
    public async Task PrimeAsync()
    {
        using var request = NewPageRequest(1);
        using var response = await _naive.SendAsync(request).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        PageBytes = (await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).LongLength;
    }

    /// <summary>Size of the body of page 1 (a full page), as the last priming request read it.</summary>
    public long PageBytes { get; private set; }

    public void Dispose() => _naive.Dispose();

    private HttpRequestMessage NewPageRequest(int page)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_emulator.BaseUri, EndpointPath + "?pageSize=" + PageSize + "&pageNum=" + page));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _emulator.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }
}
