using System;

namespace GpuCloud.Models
{
    /// <summary>Scaling settings of a PPIO endpoint's workers.</summary>
    public sealed class EndpointWorkerConfig
    {
        public int? MinNum { get; set; }

        public int? MaxNum { get; set; }

        public string? FreeTimeout { get; set; }

        public string? MaxConcurrent { get; set; }

        public int? GpuNum { get; set; }

        public string? CudaVersion { get; set; }

        public override string ToString() => "min=" + MinNum + " max=" + MaxNum + " gpu=" + GpuNum;
    }
}
