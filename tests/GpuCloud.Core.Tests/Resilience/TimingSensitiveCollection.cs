namespace GpuCloud.Core.Tests.Resilience;

/// <summary>Tests that inject latency and short timeouts run alone, so other tests' load cannot trip them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "Timing-sensitive";
}
