using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Module;

/// <summary>The Windows PowerShell 5.1 dependency resolver answers only with files in the module's own folder.</summary>
[Collection(ModuleCollection.Name)]
public sealed class ModuleFolderResolverTests
{
    private readonly ModuleSession _session;

    public ModuleFolderResolverTests(ModuleSession session) => _session = session;

    private string? PathFor(string requested) =>
        _session.Run("[GpuCloud.PowerShell.Loading.ModuleFolderResolver]::new($Folder).PathFor($Requested)",
            new Dictionary<string, object?> { ["Folder"] = RepositoryPaths.ModuleFolder, ["Requested"] = requested }).Output.SingleOrDefault()?.ToString();

    [Fact]
    public void Any_requested_version_of_a_shipped_dependency_is_answered_with_the_shipped_file() =>
        Assert.Equal(Path.Combine(RepositoryPaths.ModuleFolder, "System.Memory.dll"), PathFor("System.Memory, Version=4.0.1.1, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51"));

    [Theory]
    [InlineData("Not.Shipped, Version=1.0.0.0")]
    [InlineData("System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")]
    public void Anything_not_in_the_module_folder_is_left_to_the_runtime(string requested) =>
        Assert.Null(PathFor(requested));
}
