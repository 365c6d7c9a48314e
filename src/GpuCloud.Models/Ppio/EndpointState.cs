using System;

namespace GpuCloud.Models
{
    /// <summary>State of a PPIO endpoint or worker: state name, error and message.</summary>
    public sealed class EndpointState
    {
        public string? State { get; set; }

        public string? Error { get; set; }

        public string? Message { get; set; }

        public override string ToString() => string.IsNullOrEmpty(Error) ? State ?? string.Empty : State + " (" + Error + ")";
    }
}
