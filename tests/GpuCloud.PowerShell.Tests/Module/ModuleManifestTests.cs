using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using GpuCloud.PowerShell.Tests.Docs;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Module;

[Collection(ModuleCollection.Name)]
public sealed class ModuleManifestTests
{
    private readonly ModuleSession _session;

    public ModuleManifestTests(ModuleSession session) => _session = session;

    [Fact]
    public void The_manifest_exports_exactly_the_compiled_cmdlets_and_nothing_else()
    {
        var result = _session.Run("$m = Get-Module GpuCloud; $m.ExportedCmdlets.Keys; '--'; $m.ExportedFunctions.Count; $m.ExportedAliases.Count; $m.ExportedVariables.Count; $m.PowerShellVersion.ToString(); $m.CompatiblePSEditions -join ','; $m.ExportedFormatFiles.Count");
        var lines = result.Output.Select(o => o.ToString()).ToList();
        var separator = lines.IndexOf("--");

        Assert.Equal(CompiledCmdlets.Read().Select(c => c.Name).OrderBy(n => n), lines.Take(separator).OrderBy(n => n));
        Assert.Equal(new[] { "0", "0", "0", "5.1", "Core,Desktop", "1" }, lines.Skip(separator + 1));
    }

    [Fact]
    public void Every_cmdlet_declares_its_output_type_and_uses_an_approved_verb()
    {
        var approved = new[] { typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic), typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)).Select(f => (string)f.GetValue(null)!).ToHashSet();
        var result = _session.Run("Get-Command -Module GpuCloud | ForEach-Object { '{0}|{1}|{2}' -f $_.Name, ($_.OutputType.Name -join ','), $_.Verb }");

        Assert.Equal(CompiledCmdlets.Read().Count, result.Output.Count);
        foreach (var line in result.Output.Select(o => o.ToString().Split('|')))
        {
            Assert.False(string.IsNullOrEmpty(line[1]), line[0] + " has no [OutputType]");
            Assert.Contains(line[2], approved);
        }
    }

    [Fact]
    public void Assemblies_the_dotnet_runtime_carries_are_never_asked_for_above_dotnet_8()
    {
        // PowerShell 7.4 runs on .NET 8: a higher reference to a runtime assembly fails to load there.
        var runtime = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var limit = new Version(8, 0, 0, 0);
        var problems = new List<string>();
        var shipped = Directory.GetFiles(RepositoryPaths.ModuleFolder, "*.dll");
        using var context = new MetadataLoadContext(new PathAssemblyResolver(shipped.Concat(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")).Append(typeof(PSCmdlet).Assembly.Location)));
        foreach (var file in shipped)
        {
            var assembly = context.LoadFromAssemblyPath(file);
            var name = assembly.GetName();
            if (runtime.Contains(name.Name!) && name.Version > limit)
            {
                problems.Add(Path.GetFileName(file) + " is version " + name.Version);
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => runtime.Contains(r.Name!) && r.Version > limit))
            {
                problems.Add(Path.GetFileName(file) + " references " + reference.Name + " " + reference.Version);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.DoesNotContain(shipped, f => Path.GetFileName(f) == "System.Management.Automation.dll");
    }

    [Fact]
    public void Every_output_type_has_a_table_view_that_fits_120_columns()
    {
        var format = XDocument.Load(Path.Combine(RepositoryPaths.ModuleFolder, "GpuCloud.Format.ps1xml"));
        var views = format.Descendants("View").ToDictionary(v => v.Element("ViewSelectedBy")!.Element("TypeName")!.Value);
        var outputTypes = _session.Run("Get-Command -Module GpuCloud | ForEach-Object { $_.OutputType.Name }").Output.Select(o => o.ToString()).Where(n => n.StartsWith("GpuCloud.Models.", StringComparison.Ordinal)).Distinct();

        foreach (var type in outputTypes)
        {
            Assert.True(views.ContainsKey(type), type + " has no default view");
            var headers = views[type].Descendants("TableColumnHeader").ToList();
            var fixedWidth = headers.Select(h => int.TryParse(h.Element("Width")?.Value, out var w) ? w : 0).Sum() + headers.Count - 1;
            Assert.True(fixedWidth <= 100, type + "'s fixed columns take " + fixedWidth + " of 120 columns, leaving too little for the last one");
        }
    }
}
