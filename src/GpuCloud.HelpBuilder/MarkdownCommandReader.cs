using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace GpuCloud.HelpBuilder
{
    /// <summary>Reads one PlatyPS 1.x (schema 2024-05-01) command-help markdown file.</summary>
    public static class MarkdownCommandReader
    {
        private static readonly Regex LinkLine = new Regex(@"^\s*[-*]?\s*\[(?<text>[^\]]+)\]\((?<uri>[^)]*)\)\s*$", RegexOptions.Compiled);

        /// <summary>The YAML front matter, as key/value text.</summary>
        public static Dictionary<string, string> ReadFrontMatter(string markdown, out IReadOnlyList<string> body)
        {
            var lines = SplitLines(markdown);
            var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var start = 0;
            if (lines.Count > 0 && lines[0].Trim() == "---")
            {
                var end = lines.FindIndex(1, line => line.Trim() == "---");
                if (end < 0)
                {
                    throw new FormatException("The YAML front matter has no closing '---'.");
                }

                foreach (var pair in MiniYaml.Parse(lines.GetRange(1, end - 1)))
                {
                    metadata[pair.Key] = pair.Value as string ?? string.Empty;
                }

                start = end + 1;
            }

            body = lines.GetRange(start, lines.Count - start);
            return metadata;
        }

        public static CommandHelp Read(string markdown, string sourcePath = "")
        {
            var help = new CommandHelp { SourcePath = sourcePath };
            var metadata = ReadFrontMatter(markdown, out var body);
            foreach (var pair in metadata)
            {
                help.Metadata[pair.Key] = pair.Value;
            }

            var title = body.FirstOrDefault(line => line.StartsWith("# ", StringComparison.Ordinal));
            help.Name = title?.Substring(2).Trim() ?? (help.Metadata.TryGetValue("title", out var t) ? t : string.Empty);
            foreach (var section in Sections(body, "## "))
            {
                switch (section.Heading.ToUpperInvariant())
                {
                    case "SYNOPSIS":
                        help.Synopsis = Text(section.Lines);
                        break;
                    case "SYNTAX":
                        foreach (var set in Sections(section.Lines, "### "))
                        {
                            help.Syntax.Add(new SyntaxBlock { ParameterSetName = set.Heading, Text = string.Join("\n", CodeBlocks(set.Lines).FirstOrDefault()?.Lines ?? new List<string>()).Trim() });
                        }

                        break;
                    case "ALIASES":
                        help.Aliases = Text(section.Lines);
                        break;
                    case "DESCRIPTION":
                        help.Description = Text(section.Lines);
                        break;
                    case "EXAMPLES":
                        foreach (var example in Sections(section.Lines, "### "))
                        {
                            help.Examples.Add(ReadExample(example));
                        }

                        break;
                    case "PARAMETERS":
                        foreach (var parameter in Sections(section.Lines, "### "))
                        {
                            if (parameter.Heading.Equals("CommonParameters", StringComparison.OrdinalIgnoreCase))
                            {
                                help.HasCommonParameters = true;
                                continue;
                            }

                            help.Parameters.Add(ReadParameter(parameter));
                        }

                        break;
                    case "INPUTS":
                        ReadTypes(section.Lines, help.Inputs);
                        break;
                    case "OUTPUTS":
                        ReadTypes(section.Lines, help.Outputs);
                        break;
                    case "NOTES":
                        help.Notes = Text(section.Lines);
                        break;
                    case "RELATED LINKS":
                        foreach (var line in section.Lines)
                        {
                            var match = LinkLine.Match(line);
                            if (match.Success)
                            {
                                help.RelatedLinks.Add(new LinkHelp { Text = match.Groups["text"].Value.Trim(), Uri = match.Groups["uri"].Value.Trim() });
                            }
                        }

                        break;
                }
            }

            return help;
        }

        private static ExampleHelp ReadExample(Section example)
        {
            var result = new ExampleHelp { Title = example.Heading };
            var remarks = new List<string>();
            var codeTaken = false;
            var inCode = false;
            var code = new List<string>();
            foreach (var line in example.Lines)
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    if (!inCode)
                    {
                        inCode = true;
                        code = new List<string>();
                        continue;
                    }

                    inCode = false;
                    if (!codeTaken)
                    {
                        result.Code = string.Join("\n", code).Trim('\n');
                        codeTaken = true;
                    }
                    else
                    {
                        remarks.Add(string.Empty);
                        remarks.AddRange(code);
                        remarks.Add(string.Empty);
                    }

                    continue;
                }

                if (inCode)
                {
                    code.Add(line);
                }
                else
                {
                    remarks.Add(line);
                }
            }

            result.Remarks = Text(remarks);
            return result;
        }

        private static ParameterHelp ReadParameter(Section section)
        {
            var parameter = new ParameterHelp { Name = section.Heading.TrimStart('-').Trim() };
            var blocks = CodeBlocks(section.Lines);
            var yaml = blocks.LastOrDefault(block => block.Info.Equals("yaml", StringComparison.OrdinalIgnoreCase));
            var descriptionLines = yaml == null ? section.Lines : section.Lines.Take(yaml.StartLine).ToList();
            parameter.Description = Text(descriptionLines);
            if (yaml == null)
            {
                return parameter;
            }

            var map = MiniYaml.Parse(yaml.Lines);
            parameter.Type = MiniYaml.Text(map, "Type");
            parameter.DefaultValue = MiniYaml.Text(map, "DefaultValue");
            parameter.SupportsWildcards = MiniYaml.Flag(map, "SupportsWildcards");
            parameter.DontShow = MiniYaml.Flag(map, "DontShow");
            parameter.HelpMessage = MiniYaml.Text(map, "HelpMessage");
            foreach (var alias in MiniYaml.Strings(map, "Aliases"))
            {
                parameter.Aliases.Add(alias);
            }

            foreach (var value in MiniYaml.Strings(map, "AcceptedValues"))
            {
                parameter.AcceptedValues.Add(value);
            }

            foreach (var set in MiniYaml.Maps(map, "ParameterSets"))
            {
                parameter.ParameterSets.Add(new ParameterSetHelp
                {
                    Name = MiniYaml.Text(set, "Name"),
                    Position = MiniYaml.Text(set, "Position"),
                    IsRequired = MiniYaml.Flag(set, "IsRequired"),
                    ValueFromPipeline = MiniYaml.Flag(set, "ValueFromPipeline"),
                    ValueFromPipelineByPropertyName = MiniYaml.Flag(set, "ValueFromPipelineByPropertyName"),
                    ValueFromRemainingArguments = MiniYaml.Flag(set, "ValueFromRemainingArguments"),
                });
            }

            return parameter;
        }

        private static void ReadTypes(IReadOnlyList<string> lines, IList<TypeHelp> into)
        {
            foreach (var type in Sections(lines, "### "))
            {
                into.Add(new TypeHelp { TypeName = type.Heading, Description = Text(type.Lines) });
            }
        }

        /// <summary>Paragraph text: blank-line separated, trimmed, at most one blank line between paragraphs.</summary>
        public static string Text(IEnumerable<string> lines)
        {
            var builder = new StringBuilder();
            var blank = false;
            foreach (var raw in lines)
            {
                var line = raw.TrimEnd();
                if (line.Length == 0)
                {
                    blank = builder.Length > 0;
                    continue;
                }

                if (blank)
                {
                    builder.Append("\n\n");
                    blank = false;
                }
                else if (builder.Length > 0)
                {
                    builder.Append('\n');
                }

                builder.Append(line);
            }

            return builder.ToString();
        }

        public static List<string> SplitLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').ToList();

        /// <summary>Splits at headings with the given prefix ("## ", "### "), ignoring headings inside code fences.</summary>
        public static IEnumerable<Section> Sections(IReadOnlyList<string> lines, string prefix)
        {
            Section? current = null;
            var inCode = false;
            foreach (var line in lines)
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inCode = !inCode;
                }

                if (!inCode && line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    if (current != null)
                    {
                        yield return current;
                    }

                    current = new Section(line.Substring(prefix.Length).Trim());
                    continue;
                }

                current?.Lines.Add(line);
            }

            if (current != null)
            {
                yield return current;
            }
        }

        public static List<CodeBlock> CodeBlocks(IReadOnlyList<string> lines)
        {
            var blocks = new List<CodeBlock>();
            CodeBlock? current = null;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    if (current == null)
                    {
                        current = new CodeBlock(line.Trim().Substring(3).Trim(), i);
                    }
                    else
                    {
                        blocks.Add(current);
                        current = null;
                    }

                    continue;
                }

                current?.Lines.Add(line);
            }

            return blocks;
        }

        public sealed class Section
        {
            public Section(string heading)
            {
                Heading = heading;
            }

            public string Heading { get; }

            public List<string> Lines { get; } = new List<string>();
        }

        public sealed class CodeBlock
        {
            public CodeBlock(string info, int startLine)
            {
                Info = info;
                StartLine = startLine;
            }

            public string Info { get; }

            public int StartLine { get; }

            public List<string> Lines { get; } = new List<string>();
        }
    }
}
