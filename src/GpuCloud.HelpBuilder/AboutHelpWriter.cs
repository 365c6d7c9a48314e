using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GpuCloud.HelpBuilder
{
    /// <summary>
    /// about_*.md to the plain-text about_*.help.txt that Get-Help about_X prints: "# about_X" becomes TOPIC,
    /// "## Heading" an upper-case heading at the margin, "### Heading" an indented heading, prose is
    /// wrapped at 80 columns with a 4-space indent, and code blocks are indented by 8.
    /// </summary>
    public static class AboutHelpWriter
    {
        private const int Width = 80;

        public static string Write(string markdown)
        {
            MarkdownCommandReader.ReadFrontMatter(markdown, out var body);
            var output = new List<string>();
            var paragraph = new List<string>();
            var inCode = false;

            void Flush()
            {
                if (paragraph.Count == 0)
                {
                    return;
                }

                foreach (var text in PlainText.Paragraphs(string.Join("\n", paragraph)))
                {
                    output.AddRange(PlainText.Wrap(text, "    ", Width));
                }

                output.Add(string.Empty);
                paragraph.Clear();
            }

            foreach (var line in body)
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    Flush();
                    inCode = !inCode;
                    if (!inCode)
                    {
                        output.Add(string.Empty);
                    }

                    continue;
                }

                if (inCode)
                {
                    output.Add(("        " + line).TrimEnd());
                    continue;
                }

                if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    Flush();
                    output.Add("TOPIC");
                    output.Add("    " + line.Substring(2).Trim());
                    output.Add(string.Empty);
                    continue;
                }

                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    Flush();
                    output.Add(line.Substring(3).Trim().ToUpperInvariant());
                    continue;
                }

                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    Flush();
                    output.Add("  " + PlainText.Clean(line.Substring(4).Trim()).ToUpperInvariant());
                    continue;
                }

                if (line.Trim().Length == 0)
                {
                    Flush();
                    continue;
                }

                paragraph.Add(line);
            }

            Flush();
            while (output.Count > 0 && output[output.Count - 1].Length == 0)
            {
                output.RemoveAt(output.Count - 1);
            }

            return string.Join("\n", output) + "\n";
        }
    }
}
