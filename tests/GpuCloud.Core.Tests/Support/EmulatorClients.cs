using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;
using GpuCloud.Core.Ppio;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Support;

/// <summary>Clients of the engine pointed at an in-process emulator, with test-speed retries.</summary>
public static class EmulatorClients
{
    public static PpioClient Ppio(EmulatorHost host, string? apiKey = null, int pageNumberBase = 1) =>
        new(new PpioConnection(host.BaseUri, new SecretText(apiKey ?? host.Options.PpioApiKey), pageNumberBase));

    public static CallContext Call(RecordingDiagnostics? diagnostics = null, int maxConcurrency = 4, int maxAttempts = 5, CancellationToken cancellationToken = default) =>
        new(new RequestOptions { MaxConcurrency = maxConcurrency, MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(5), RequestTimeout = TimeSpan.FromSeconds(10) }, diagnostics, cancellationToken);

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
