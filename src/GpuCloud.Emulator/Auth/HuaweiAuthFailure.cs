namespace GpuCloud.Emulator.Auth;

/// <summary>Why the API gateway refused a request (always HTTP 401).</summary>
internal sealed record HuaweiAuthFailure(string ErrorCode, string ErrorMsg);
