namespace GpuCloud.Core.Http
{
    public sealed class NullDiagnostics : IClientDiagnostics
    {
        public static NullDiagnostics Instance { get; } = new NullDiagnostics();

        public void Verbose(string message)
        {
        }

        public void Debug(string message)
        {
        }

        public void Warning(string message)
        {
        }
    }
}
