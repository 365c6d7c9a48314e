namespace GpuCloud.Emulator;

public enum FaultKind
{
    Latency,
    Throttle,
    ServerError,
    DropConnection,
    TruncatedBody,
    MalformedBody,
    InsertBetweenPages,
    RemoveBetweenPages,
    ExpiredToken,
}
