using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace GpuCloud.HelpBuilder
{
    /// <summary>Everything the docs folder produces: file name (relative to en-US) to content.</summary>
    public static class HelpGenerator
    {
        public const string DefaultMamlFileName = "GpuCloud.PowerShell.dll-Help.xml";

        /// <summary>The command-help markdown files of a docs folder (front matter "document type: cmdlet").</summary>
        public static IReadOnlyList<CommandHelp> ReadCommands(string docsDirectory)
        {
            var commands = new List<CommandHelp>();
            foreach (var path in Directory.GetFiles(docsDirectory, "*.md").OrderBy(p => p, StringComparer.Ordinal))
            {
                var text = File.ReadAllText(path);
                var metadata = MarkdownCommandReader.ReadFrontMatter(text, out _);
                if (metadata.TryGetValue("document type", out var kind) && kind.Equals("cmdlet", StringComparison.OrdinalIgnoreCase))
                {
                    commands.Add(MarkdownCommandReader.Read(text, path));
                }
            }

            return commands;
        }

        public static IReadOnlyDictionary<string, string> Generate(string docsDirectory)
        {
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var group in ReadCommands(docsDirectory).GroupBy(c => c.Metadata.TryGetValue("external help file", out var file) && file.Length > 0 ? file : DefaultMamlFileName))
            {
                files[group.Key] = MamlWriter.Write(group);
            }

            foreach (var path in Directory.GetFiles(docsDirectory, "about_*.md").OrderBy(p => p, StringComparer.Ordinal))
            {
                files[Path.GetFileNameWithoutExtension(path) + ".help.txt"] = AboutHelpWriter.Write(File.ReadAllText(path));
            }

            return files;
        }

        /// <summary>Writes the generated files, leaving unchanged ones untouched; returns how many were written.</summary>
        public static int WriteTo(string docsDirectory, string outputDirectory)
        {
            Directory.CreateDirectory(outputDirectory);
            var written = 0;
            foreach (var file in Generate(docsDirectory))
            {
                var target = Path.Combine(outputDirectory, file.Key);
                if (File.Exists(target) && File.ReadAllText(target) == file.Value)
                {
                    File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
                    continue;
                }

                File.WriteAllText(target, file.Value, new System.Text.UTF8Encoding(false));
                written++;
            }

            return written;
        }
    }
}
