using System;

namespace GpuCloud.Models
{
    /// <summary>Health check of a PPIO endpoint.</summary>
    public sealed class EndpointHealthCheck
    {
        public string? Path { get; set; }

        public int? InitialDelay { get; set; }

        public int? Period { get; set; }

        public int? Timeout { get; set; }

        public int? SuccessThreshold { get; set; }

        public int? FailureThreshold { get; set; }

        public override string ToString() => Path ?? string.Empty;
    }
}
