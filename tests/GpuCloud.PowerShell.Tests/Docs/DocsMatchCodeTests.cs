using System.Text.RegularExpressions;
using GpuCloud.HelpBuilder;
using GpuCloud.PowerShell.Tests.Support;

namespace GpuCloud.PowerShell.Tests.Docs;

/// <summary>
/// docs/GpuCloud (PlatyPS markdown) against the compiled cmdlets and the built MAML: fails when a cmdlet or a
/// parameter is added, removed or changed without its help, and when out/GpuCloud/en-US is stale.
/// </summary>
public sealed class DocsMatchCodeTests
{
    private static readonly string DocsFolder = Path.Combine(RepositoryPaths.Root, "docs", "GpuCloud");

    private static readonly HashSet<string> CommonParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "Debug", "ErrorAction", "ErrorVariable", "InformationAction", "InformationVariable", "OutBuffer", "OutVariable",
        "PipelineVariable", "ProgressAction", "Verbose", "WarningAction", "WarningVariable", "WhatIf", "Confirm",
        "db", "ea", "ev", "infa", "iv", "ob", "ov", "pv", "proga", "vb", "wa", "wv",
    };

    private static readonly Lazy<IReadOnlyList<CompiledCmdlet>> Compiled = new(CompiledCmdlets.Read);

    private static readonly Lazy<IReadOnlyList<CommandHelp>> Documented = new(() => HelpGenerator.ReadCommands(DocsFolder));

    public static IEnumerable<object[]> CmdletNames() => CompiledCmdlets.Read().Select(c => new object[] { c.Name });

    [Fact]
    public void EveryCmdletHasAMarkdownFileAndEveryFileACmdlet()
    {
        var code = Compiled.Value.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var docs = Documented.Value.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(code);
        Assert.Empty(code.Except(docs).Select(name => "no docs/GpuCloud/" + name + ".md"));
        Assert.Empty(docs.Except(code).Select(name => name + ".md documents a cmdlet the module does not have"));
        foreach (var help in Documented.Value)
        {
            Assert.Equal(help.Name + ".md", Path.GetFileName(help.SourcePath));
        }
    }

    [Fact]
    public void TheManifestExportsExactlyTheDocumentedCmdlets()
    {
        var manifest = File.ReadAllText(RepositoryPaths.Root + "/GpuCloud.psd1");
        var block = Regex.Match(manifest, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
        var exported = Regex.Matches(block, @"'(?<name>[^']+)'").Select(m => m.Groups["name"].Value).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(Documented.Value.Select(d => d.Name).OrderBy(n => n, StringComparer.Ordinal), exported);
    }

    [Fact]
    public void EveryFileFollowsThePlatyPsCommandSchema()
    {
        foreach (var help in Documented.Value)
        {
            var where = help.Name + ".md: ";
            Assert.True(help.Metadata.TryGetValue("document type", out var kind) && kind == "cmdlet", where + "document type");
            Assert.Equal("GpuCloud.PowerShell.dll-Help.xml", Meta(help, "external help file"));
            Assert.Equal("GpuCloud", Meta(help, "Module Name"));
            Assert.Equal(help.Name, Meta(help, "title"));
            Assert.Equal("en-US", Meta(help, "Locale"));
            Assert.Equal("2024-05-01", Meta(help, "PlatyPS schema version"));
            Assert.True(help.Metadata.ContainsKey("HelpUri"), where + "HelpUri");
            Assert.False(string.IsNullOrWhiteSpace(Meta(help, "ms.date")), where + "ms.date");
            Assert.False(string.IsNullOrWhiteSpace(help.Synopsis), where + "SYNOPSIS");
            Assert.False(string.IsNullOrWhiteSpace(help.Description), where + "DESCRIPTION");
            Assert.NotEmpty(help.Syntax);
            Assert.All(help.Syntax, s => Assert.Contains("[<CommonParameters>]", s.Text));
            Assert.True(help.HasCommonParameters, where + "### CommonParameters");
            Assert.NotEmpty(help.Inputs);
            Assert.NotEmpty(help.Outputs);
            Assert.All(help.Outputs.Where(o => o.TypeName.StartsWith("GpuCloud.", StringComparison.Ordinal)), o => Assert.False(string.IsNullOrWhiteSpace(o.Description), where + "OUTPUTS " + o.TypeName));
            Assert.False(string.IsNullOrWhiteSpace(help.Notes), where + "NOTES");
            Assert.NotEmpty(help.RelatedLinks);
        }
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void ParametersAgreeWithTheCode(string cmdlet)
    {
        var code = Compiled.Value.Single(c => c.Name == cmdlet);
        var help = Documented.Value.SingleOrDefault(d => d.Name == cmdlet) ?? throw new Xunit.Sdk.XunitException("no docs/GpuCloud/" + cmdlet + ".md");
        var documented = help.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var declared = code.Parameters.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Assert.Empty(declared.Keys.Except(documented.Keys).Select(name => cmdlet + ": -" + name + " is not documented"));
        Assert.Empty(documented.Keys.Except(declared.Keys).Select(name => cmdlet + ": -" + name + " is documented but does not exist"));
        foreach (var (name, sets) in declared)
        {
            var doc = documented[name];
            var where = cmdlet + " -" + name + ": ";
            Assert.True(sets[0].TypeName == doc.Type, where + "Type is " + sets[0].TypeName + " in code, " + doc.Type + " in docs");
            Assert.True(doc.Description.Trim().Length > 40, where + "description missing or too short");
            Assert.Equal(sets[0].SupportsWildcards, doc.SupportsWildcards);
            Assert.Equal(sets[0].Aliases.OrderBy(a => a), doc.Aliases.OrderBy(a => a));
            Assert.Equal(sets[0].ValidValues.OrderBy(a => a), doc.AcceptedValues.OrderBy(a => a));
            Assert.Equal(sets.Count, doc.ParameterSets.Count);
            foreach (var set in sets)
            {
                var docSet = doc.ParameterSets.SingleOrDefault(s => s.Name == set.ParameterSet || (s.IsAllSets && set.ParameterSet == "(All)"));
                Assert.True(docSet != null, where + "parameter set " + set.ParameterSet + " is not documented");
                Assert.True(set.Mandatory == docSet!.IsRequired, where + "IsRequired is " + set.Mandatory + " in code");
                Assert.True(set.Position == docSet.Position, where + "Position is " + set.Position + " in code, " + docSet.Position + " in docs");
                Assert.True(set.ValueFromPipeline == docSet.ValueFromPipeline, where + "ValueFromPipeline is " + set.ValueFromPipeline + " in code");
                Assert.True(set.ValueFromPipelineByPropertyName == docSet.ValueFromPipelineByPropertyName, where + "ValueFromPipelineByPropertyName is " + set.ValueFromPipelineByPropertyName + " in code");
            }
        }

        // SYNTAX names every parameter, and only those.
        var syntaxNames = help.Syntax.SelectMany(s => Regex.Matches(s.Text, @"(?<=[\s\[])-(?<name>[A-Za-z]+)\b").Select(m => m.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(declared.Keys.Except(syntaxNames).Select(n => cmdlet + ": SYNTAX lacks -" + n));
        Assert.Empty(syntaxNames.Except(declared.Keys).Select(n => cmdlet + ": SYNTAX names unknown -" + n));
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void NoParameterHelpSaysOmittingItMeansAValueItsRangeRefuses(string cmdlet)
    {
        var code = Compiled.Value.Single(c => c.Name == cmdlet);
        var help = Documented.Value.SingleOrDefault(d => d.Name == cmdlet) ?? throw new Xunit.Sdk.XunitException("no docs/GpuCloud/" + cmdlet + ".md");
        foreach (var parameter in code.Parameters.Where(p => p.RangeMinimum != null).DistinctBy(p => p.Name))
        {
            var description = help.Parameters.Single(p => p.Name == parameter.Name).Description;
            foreach (Match omitted in Regex.Matches(description, @"omitted \((?<value>-?\d+)\)"))
            {
                var value = long.Parse(omitted.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(value >= parameter.RangeMinimum, cmdlet + " -" + parameter.Name + ": the help says '" + omitted.Value + "', but the parameter accepts " + parameter.RangeMinimum + " and up");
            }
        }
    }

    /// <summary>What ApiTransport retries: these statuses (IsRetryableStatus), dropped connections, cut-off or unreadable bodies, timeouts.</summary>
    private static readonly string[] RetriedStatuses = ["429", "502", "503", "504"];

    [Fact]
    public void TheRetryHelpNamesTheStatusesThatAreRetriedAndSaysOtherServerErrorsAreNot()
    {
        var retrying = Compiled.Value.Where(c => c.Parameters.Any(p => p.Name == "MaximumRetryCount")).Select(c => c.Name).ToList();
        Assert.NotEmpty(retrying);
        foreach (var cmdlet in retrying)
        {
            var description = Documented.Value.Single(d => d.Name == cmdlet).Parameters.Single(p => p.Name == "MaximumRetryCount").Description;
            Assert.All(RetriedStatuses, status => Assert.True(description.Contains(status, StringComparison.Ordinal), cmdlet + " -MaximumRetryCount does not name HTTP " + status));
            Assert.False(description.Contains("5xx", StringComparison.OrdinalIgnoreCase), cmdlet + " -MaximumRetryCount says 5xx, but 500 and 501 are not retried");
            Assert.True(description.Contains("500 and 501", StringComparison.Ordinal), cmdlet + " -MaximumRetryCount does not say that HTTP 500 and 501 are not retried");
        }
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void ExamplesUseOnlyParametersTheCmdletHas(string cmdlet)
    {
        var code = Compiled.Value.Single(c => c.Name == cmdlet);
        var help = Documented.Value.SingleOrDefault(d => d.Name == cmdlet) ?? throw new Xunit.Sdk.XunitException("no docs/GpuCloud/" + cmdlet + ".md");
        var known = code.Parameters.Select(p => p.Name).Concat(code.Parameters.SelectMany(p => p.Aliases)).Concat(CommonParameters).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.True(help.Examples.Count >= 3, cmdlet + " needs at least three examples");
        Assert.Contains(help.Examples, e => e.Code.Contains("Where-Object", StringComparison.Ordinal) || e.Code.Contains("Export-Csv", StringComparison.Ordinal));
        foreach (var example in help.Examples)
        {
            Assert.False(string.IsNullOrWhiteSpace(example.Code), cmdlet + " " + example.Title + ": no code");
            Assert.False(string.IsNullOrWhiteSpace(example.Remarks), cmdlet + " " + example.Title + ": no explanation");
            Assert.Contains(cmdlet, example.Code, StringComparison.Ordinal);
            foreach (var name in ParametersNamedWith(example.Code, cmdlet))
            {
                Assert.True(known.Contains(name), cmdlet + " " + example.Title + ": -" + name + " is not a parameter of " + cmdlet);
            }
        }
    }

    [Fact]
    public void TheBuiltHelpIsUpToDateWithTheMarkdown()
    {
        var enUs = Path.Combine(RepositoryPaths.ModuleFolder, "en-US");
        var expected = HelpGenerator.Generate(DocsFolder);
        Assert.Contains(HelpGenerator.DefaultMamlFileName, expected.Keys);
        Assert.Contains("about_GpuCloud.help.txt", expected.Keys);
        foreach (var (file, content) in expected)
        {
            var built = Path.Combine(enUs, file);
            Assert.True(File.Exists(built), built + " is missing: run dotnet build");
            Assert.True(content == File.ReadAllText(built), built + " is out of date with docs/GpuCloud: run dotnet build");
        }

        var maml = System.Xml.Linq.XDocument.Parse(expected[HelpGenerator.DefaultMamlFileName]);
        XNamespaceCheck(maml);
    }

    /// <summary>The parameter names (-Name tokens) given to the cmdlet on the lines that call it, quoted text and later pipeline stages ignored.</summary>
    public static IEnumerable<string> ParametersNamedWith(string code, string cmdlet)
    {
        foreach (var line in code.Split('\n'))
        {
            var at = line.IndexOf(cmdlet, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var call = Regex.Replace(line.Substring(at + cmdlet.Length), @"'[^']*'|""[^""]*""", "''");
            var pipe = call.IndexOf('|');
            if (pipe >= 0)
            {
                call = call.Substring(0, pipe);
            }

            foreach (Match match in Regex.Matches(call, @"(?<=^|\s)-(?<name>[A-Za-z][A-Za-z0-9]*)(?=$|[\s:])"))
            {
                yield return match.Groups["name"].Value;
            }
        }
    }

    private static string? Meta(CommandHelp help, string key) => help.Metadata.TryGetValue(key, out var value) ? value : null;

    private static void XNamespaceCheck(System.Xml.Linq.XDocument maml)
    {
        System.Xml.Linq.XNamespace command = MamlWriter.CommandNamespace;
        var names = maml.Descendants(command + "command").Select(c => c.Element(command + "details")!.Element(command + "name")!.Value).ToList();
        Assert.Equal(Compiled.Value.Select(c => c.Name).OrderBy(n => n, StringComparer.OrdinalIgnoreCase), names);
    }
}
