using System;

namespace GpuCloud.Models
{
    /// <summary>An environment variable of a PPIO endpoint.</summary>
    public sealed class EndpointEnvironmentVariable
    {
        public string? Key { get; set; }

        public string? Value { get; set; }

        public override string ToString() => Key + "=" + Value;
    }
}
