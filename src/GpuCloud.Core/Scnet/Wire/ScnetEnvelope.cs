using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    /// <summary>SCNet's answer envelope: <c>{"code":"0","msg":"...","data":...}</c>; a code other than "0" is an error.</summary>
    internal sealed class ScnetEnvelope<TData>
    {
        public WireValue Code { get; set; }

        public WireValue Msg { get; set; }

        public TData? Data { get; set; }
    }
}
