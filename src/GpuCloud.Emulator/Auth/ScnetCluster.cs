namespace GpuCloud.Emulator.Auth;

internal readonly record struct ScnetCluster(string Id, string Name)
{
    /// <summary>The platform-level entry of a login answer; the AI service rejects its token.</summary>
    public static readonly ScnetCluster Platform = new("0", "platform");

    public static readonly ScnetCluster Kunshan = new("11112", "华东一区【昆山】");

    public static readonly ScnetCluster Xian = new("11276", "西北一区【西安】");

    public static readonly IReadOnlyList<ScnetCluster> All = [Platform, Kunshan, Xian];

    public static string NameOf(string clusterId) => All.FirstOrDefault(c => c.Id == clusterId).Name ?? "unknown";
}
