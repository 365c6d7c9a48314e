namespace GpuCloud.Core.Http
{
    /// <summary>Where the engine reports what a user may want to see: the cmdlet maps these to its streams.</summary>
    public interface IClientDiagnostics
    {
        void Verbose(string message);

        void Debug(string message);

        void Warning(string message);
    }
}
