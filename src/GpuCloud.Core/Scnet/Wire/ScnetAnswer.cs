using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    /// <summary>SCNet's answer envelope: <c>{"code":"0","msg":"...","data":...}</c>; a code other than "0" is an error. Each answer type says what its <c>data</c> is.</summary>
    internal abstract class ScnetAnswer
    {
        public WireValue Code { get; set; }

        public WireValue Msg { get; set; }
    }
}
