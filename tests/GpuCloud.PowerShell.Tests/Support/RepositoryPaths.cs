namespace GpuCloud.PowerShell.Tests.Support;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ModuleManifest => Path.Combine(Root, "out", "GpuCloud", "GpuCloud.psd1");

    public static string ModuleFolder => Path.Combine(Root, "out", "GpuCloud");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "GpuCloud.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("GpuCloud.sln not found above " + AppContext.BaseDirectory);
    }
}
