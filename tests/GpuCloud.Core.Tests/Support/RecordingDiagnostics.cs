using System.Collections.Concurrent;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.Tests.Support;

/// <summary>Keeps every message the engine reports, for assertions.</summary>
public sealed class RecordingDiagnostics : IClientDiagnostics
{
    public ConcurrentQueue<string> Verbose { get; } = new();

    public ConcurrentQueue<string> Debug { get; } = new();

    public ConcurrentQueue<string> Warnings { get; } = new();

    public IEnumerable<string> All => Verbose.Concat(Debug).Concat(Warnings);

    void IClientDiagnostics.Verbose(string message) => Verbose.Enqueue(message);

    void IClientDiagnostics.Debug(string message) => Debug.Enqueue(message);

    void IClientDiagnostics.Warning(string message) => Warnings.Enqueue(message);
}
