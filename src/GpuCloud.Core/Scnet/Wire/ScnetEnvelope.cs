namespace GpuCloud.Core.Scnet
{
    /// <summary>An answer whose <c>data</c> is read as <typeparamref name="TData"/> by the serializer (the sign-in and service-centre answers, and error bodies).</summary>
    internal sealed class ScnetEnvelope<TData> : ScnetAnswer
    {
        public TData? Data { get; set; }
    }
}
