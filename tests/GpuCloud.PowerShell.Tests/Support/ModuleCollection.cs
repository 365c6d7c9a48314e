namespace GpuCloud.PowerShell.Tests.Support;

/// <summary>Cmdlet tests share one runspace and emulator and run one after another (they touch environment variables).</summary>
[CollectionDefinition(Name)]
public sealed class ModuleCollection : ICollectionFixture<ModuleSession>
{
    public const string Name = "GpuCloud module";
}
