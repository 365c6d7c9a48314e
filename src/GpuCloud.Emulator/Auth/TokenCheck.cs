namespace GpuCloud.Emulator.Auth;

internal enum TokenCheck
{
    Valid,
    Missing,
    Invalid,
    Expired,
}
