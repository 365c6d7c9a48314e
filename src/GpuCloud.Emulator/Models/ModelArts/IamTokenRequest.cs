namespace GpuCloud.Emulator.Models.ModelArts;

/// <summary>Keystone-style password body of <c>POST /v3/auth/tokens</c>.</summary>
public sealed class IamTokenRequest
{
    public IamAuth? Auth { get; init; }
}
