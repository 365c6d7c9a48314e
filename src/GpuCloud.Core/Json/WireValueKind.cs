namespace GpuCloud.Core.Json
{
    internal enum WireValueKind
    {
        Missing = 0,
        Null,
        String,
        Number,
        True,
        False,
        Unreadable,
    }
}
