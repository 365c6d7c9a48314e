using System;
using System.Text.Json;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Scnet
{
    /// <summary>
    /// Reads a SCNet node quota (GET /ai/openapi/v2/instance-service/resources) straight into a <see cref="NodeQuota"/>;
    /// its accelerator type is not in the answer, so the client sets the one asked for.
    /// </summary>
    internal sealed class ScnetNodeQuotaReader : RecordReader<NodeQuota>
    {
        public ScnetNodeQuotaReader()
            : base("SCNet node quota")
        {
        }

        protected override NodeQuota Create() => new NodeQuota { Provider = CloudProvider.Scnet };

        protected override bool ReadProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, NodeQuota quota)
        {
            if (JsonRecord.Is(name, "resourcegroup"u8))
            {
                // The resource group names a quota in warnings: its id is null in the document's example.
                quota.ResourceGroup = read.Id(ref reader, "resourceGroup");
            }
            else if (JsonRecord.Is(name, "id"u8))
            {
                quota.Id = read.Text(ref reader, "id");
            }
            else if (JsonRecord.Is(name, "cpunumber"u8))
            {
                quota.CpuNumber = read.Int32(ref reader, "cpuNumber");
            }
            else if (JsonRecord.Is(name, "gpunumber"u8))
            {
                quota.GpuNumber = read.Int32(ref reader, "gpuNumber");
            }
            else if (JsonRecord.Is(name, "mlulimits"u8))
            {
                quota.MluLimits = read.Int32(ref reader, "mluLimits");
            }
            else if (JsonRecord.Is(name, "dculimits"u8))
            {
                quota.DcuLimits = read.Int32(ref reader, "dcuLimits");
            }
            else if (JsonRecord.Is(name, "nvlimits"u8))
            {
                quota.NvLimits = read.Int32(ref reader, "nvLimits");
            }
            else if (JsonRecord.Is(name, "memorysize"u8))
            {
                quota.MemorySize = read.Int64(ref reader, "memorySize");
            }
            else if (JsonRecord.Is(name, "nodenumber"u8))
            {
                quota.NodeNumber = read.Int32(ref reader, "nodeNumber");
            }
            else if (JsonRecord.Is(name, "maxtime"u8))
            {
                quota.MaxTime = read.Text(ref reader, "maxTime");
            }
            else if (JsonRecord.Is(name, "username"u8))
            {
                quota.UserName = read.Text(ref reader, "userName");
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
