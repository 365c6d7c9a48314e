using System.Reflection;
using System.Runtime.InteropServices;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Docs;

/// <summary>A parameter as the compiled cmdlet declares it.</summary>
public sealed record CompiledParameter(string Name, string TypeName, bool Mandatory, string Position, bool ValueFromPipeline, bool ValueFromPipelineByPropertyName, string ParameterSet, IReadOnlyList<string> Aliases, bool SupportsWildcards, IReadOnlyList<string> ValidValues, long? RangeMinimum = null);

public sealed record CompiledCmdlet(string Name, string ClassName, bool SupportsPaging, IReadOnlyList<CompiledParameter> Parameters);

/// <summary>
/// Reads the built GpuCloud.PowerShell.dll with MetadataLoadContext (never loading it for execution, so the
/// module tests' runspace keeps its own copy) and lists its cmdlets and parameters, inherited ones and the
/// -First/-Skip/-IncludeTotalCount that SupportsPaging adds included.
/// </summary>
public static class CompiledCmdlets
{
    private const string Automation = "System.Management.Automation.";

    public static string AssemblyPath
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            var built = Path.Combine(RepositoryPaths.Root, "src", "GpuCloud.PowerShell", "bin", configuration, "netstandard2.0", "GpuCloud.PowerShell.dll");
            return File.Exists(built) ? built : Path.Combine(RepositoryPaths.ModuleFolder, "GpuCloud.PowerShell.dll");
        }
    }

    public static IReadOnlyList<CompiledCmdlet> Read()
    {
        var path = AssemblyPath;
        var candidates = new List<string>();
        candidates.AddRange(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.dll"));
        candidates.AddRange(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"));
        candidates.Add(typeof(System.Management.Automation.PSCmdlet).Assembly.Location);
        using var context = new MetadataLoadContext(new PathAssemblyResolver(candidates));
        var assembly = context.LoadFromAssemblyPath(path);
        var cmdlets = new List<CompiledCmdlet>();
        foreach (var type in assembly.GetTypes().Where(t => t.IsPublic && !t.IsAbstract))
        {
            var cmdlet = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == Automation + "CmdletAttribute");
            if (cmdlet == null)
            {
                continue;
            }

            var name = cmdlet.ConstructorArguments[0].Value + "-" + cmdlet.ConstructorArguments[1].Value;
            var paging = cmdlet.NamedArguments.Any(a => a.MemberName == "SupportsPaging" && a.TypedValue.Value is true);
            var shouldProcess = cmdlet.NamedArguments.Any(a => a.MemberName == "SupportsShouldProcess" && a.TypedValue.Value is true);
            var parameters = new List<CompiledParameter>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var attributes = property.GetCustomAttributesData();
                foreach (var parameter in attributes.Where(a => a.AttributeType.FullName == Automation + "ParameterAttribute"))
                {
                    bool Flag(string member) => parameter.NamedArguments.Any(a => a.MemberName == member && a.TypedValue.Value is true);
                    var position = parameter.NamedArguments.FirstOrDefault(a => a.MemberName == "Position").TypedValue.Value is int p && p >= 0 ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Named";
                    var set = parameter.NamedArguments.FirstOrDefault(a => a.MemberName == "ParameterSetName").TypedValue.Value as string ?? "(All)";
                    parameters.Add(new CompiledParameter(
                        property.Name,
                        TypeName(property.PropertyType),
                        Flag("Mandatory"),
                        position,
                        Flag("ValueFromPipeline"),
                        Flag("ValueFromPipelineByPropertyName"),
                        set == "__AllParameterSets" ? "(All)" : set,
                        StringsOf(attributes, "AliasAttribute"),
                        attributes.Any(a => a.AttributeType.FullName == Automation + "SupportsWildcardsAttribute"),
                        StringsOf(attributes, "ValidateSetAttribute"),
                        RangeMinimumOf(attributes)));
                }
            }

            if (paging)
            {
                parameters.Add(new CompiledParameter("First", "System.UInt64", false, "Named", false, false, "(All)", [], false, []));
                parameters.Add(new CompiledParameter("Skip", "System.UInt64", false, "Named", false, false, "(All)", [], false, []));
                parameters.Add(new CompiledParameter("IncludeTotalCount", Automation + "SwitchParameter", false, "Named", false, false, "(All)", [], false, []));
            }

            if (shouldProcess)
            {
                parameters.Add(new CompiledParameter("WhatIf", Automation + "SwitchParameter", false, "Named", false, false, "(All)", ["wi"], false, []));
                parameters.Add(new CompiledParameter("Confirm", Automation + "SwitchParameter", false, "Named", false, false, "(All)", ["cf"], false, []));
            }

            cmdlets.Add(new CompiledCmdlet(name, type.FullName!, paging, parameters));
        }

        return cmdlets.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Full type names as PlatyPS writes them: System.String[], System.Nullable`1[System.Int32].</summary>
    public static string TypeName(Type type)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition().FullName;
            return definition + "[" + string.Join(",", type.GetGenericArguments().Select(TypeName)) + "]";
        }

        return type.FullName ?? type.Name;
    }

    /// <summary>The smallest value [ValidateRange] accepts, or null without one.</summary>
    private static long? RangeMinimumOf(IList<CustomAttributeData> attributes)
    {
        var range = attributes.FirstOrDefault(a => a.AttributeType.FullName == Automation + "ValidateRangeAttribute");
        return range?.ConstructorArguments.Count == 2 && range.ConstructorArguments[0].Value is IConvertible minimum
            ? minimum.ToInt64(System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private static IReadOnlyList<string> StringsOf(IList<CustomAttributeData> attributes, string attributeName)
    {
        var values = new List<string>();
        foreach (var attribute in attributes.Where(a => a.AttributeType.FullName == Automation + attributeName))
        {
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Value is IEnumerable<CustomAttributeTypedArgument> items)
                {
                    values.AddRange(items.Select(i => i.Value as string).Where(v => v != null)!);
                }
                else if (argument.Value is string single)
                {
                    values.Add(single);
                }
            }
        }

        return values;
    }
}
