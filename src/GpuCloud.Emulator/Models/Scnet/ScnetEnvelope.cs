namespace GpuCloud.Emulator.Models.Scnet;

/// <summary><c>{"code":"0","msg":"...","data":...}</c>; any code other than "0" is an error (HTTP 200 regardless).</summary>
public sealed class ScnetEnvelope<T>
{
    public string Code { get; init; } = "0";
    public string Msg { get; init; } = "";
    public T? Data { get; init; }
}
