namespace GpuCloud.Core.Errors
{
    /// <summary>What went wrong, in terms a caller can act on; the PowerShell layer maps it to an ErrorCategory.</summary>
    public enum ErrorKind
    {
        Authentication,
        PermissionDenied,
        NotFound,
        InvalidArgument,
        Throttled,
        Unavailable,
        Timeout,
        Connection,
        InvalidResponse,
        Configuration,
        Failed,
    }
}
