using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GpuCloud.Core.Http;
using GpuCloud.Core.ModelArts;
using GpuCloud.Core.Ppio;
using GpuCloud.Emulator;

namespace GpuCloud.Benchmarks;

/// <summary>
/// The parsing half of "client work per item", apart from the network and the thread pool: one page of 100 records,
/// bytes in memory as the emulator served them, read into the output objects by the same page readers the clients use
/// (BenchmarkDotNet, in process; every figure is per record). <c>JsonDocument.Parse</c> of the endpoint page, which reads
/// the JSON and makes no object, is the baseline.
/// </summary>
[MemoryDiagnoser]
public class PageParsing
{
    public const int PageSize = 100;

    private static readonly CallContext Call = new CallContext(new RequestOptions(), NullDiagnostics.Instance);

    // Fetched once per process: BenchmarkDotNet's instance (in process) and the report's read the same pages.
    private static readonly Lazy<Task> Served = new Lazy<Task>(ServePagesAsync);
    private static byte[] _endpointPage = Array.Empty<byte>();
    private static byte[] _prewarmPage = Array.Empty<byte>();
    private static byte[] _hyperInstancePage = Array.Empty<byte>();

    [GlobalSetup]
    public void ServePages() => Served.Value.GetAwaiter().GetResult();

    /// <summary>Size of the JSON page each benchmark reads, by benchmark method name (after <see cref="ServePages"/>).</summary>
    public static IReadOnlyDictionary<string, int> PageBytes => new Dictionary<string, int>
    {
        [nameof(EndpointPageAsJsonDocument)] = _endpointPage.Length,
        [nameof(EndpointPage)] = _endpointPage.Length,
        [nameof(PrewarmTaskPage)] = _prewarmPage.Length,
        [nameof(HyperInstancePage)] = _hyperInstancePage.Length,
    };

    [Benchmark(Baseline = true, OperationsPerInvoke = PageSize, Description = "JsonDocument.Parse, PPIO endpoint page (no objects)")]
    public int EndpointPageAsJsonDocument()
    {
        using var document = JsonDocument.Parse(_endpointPage);
        return document.RootElement.GetProperty("endpoints").GetArrayLength();
    }

    [Benchmark(OperationsPerInvoke = PageSize, Description = "PPIO endpoint page -> GpuEndpoint")]
    public int EndpointPage() => PpioClient.ReadEndpointPageAsync(new MemoryStream(_endpointPage, false), Call, default).GetAwaiter().GetResult().Items.Count;

    [Benchmark(OperationsPerInvoke = PageSize, Description = "PPIO prewarm task page -> ImagePrewarmTask")]
    public int PrewarmTaskPage() => PpioClient.ReadPrewarmPageAsync(new MemoryStream(_prewarmPage, false), Call, default).GetAwaiter().GetResult().Items.Count;

    [Benchmark(OperationsPerInvoke = PageSize, Description = "ModelArts hyperinstance page -> HyperInstance")]
    public int HyperInstancePage() => ModelArtsClient.ReadPageAsync(new MemoryStream(_hyperInstancePage, false), Call, default).GetAwaiter().GetResult().Items.Count;

    /// <summary>The first page of each listing, fetched once from an emulator in this process and checked to hold <see cref="PageSize"/> records.</summary>
    private static async Task ServePagesAsync()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Items = 1_000 });
        using var http = new HttpClient();

        async Task<byte[]> PageAsync(string pathAndQuery, Action<HttpRequestHeaders> authorize)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.BaseUri, pathAndQuery));
            authorize(request.Headers);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsByteArrayAsync();
        }

        Action<HttpRequestHeaders> ppio = headers => headers.Authorization = new AuthenticationHeaderValue("Bearer", host.Options.PpioApiKey);
        _endpointPage = await PageAsync("/gpu-instance/openapi/v1/endpoint?pageSize=" + PageSize + "&pageNum=1", ppio);
        _prewarmPage = await PageAsync("/gpu-instance/openapi/v1/image/prewarm?pageSize=" + PageSize + "&page=1", ppio);
        var iamToken = host.IssueIamToken();
        _hyperInstancePage = await PageAsync("/v1/" + host.Options.HuaweiProjectId + "/dev-servers/hyperinstance?offset=0&limit=" + PageSize, headers => headers.TryAddWithoutValidation("X-Auth-Token", iamToken));

        var pages = new PageParsing();
        foreach (var (name, count) in new[] { ("endpoint", pages.EndpointPage()), ("prewarm task", pages.PrewarmTaskPage()), ("hyperinstance", pages.HyperInstancePage()) })
        {
            if (count != PageSize)
            {
                throw new InvalidOperationException("the emulator's first " + name + " page held " + count + " records, not " + PageSize);
            }
        }
    }
}
