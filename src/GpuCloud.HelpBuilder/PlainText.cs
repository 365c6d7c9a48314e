using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GpuCloud.HelpBuilder
{
    /// <summary>Markdown prose to console text: paragraphs, lists, tables and code kept readable.</summary>
    public static class PlainText
    {
        /// <summary>Blank-line separated paragraphs; prose lines joined with spaces, structured lines kept on their own lines.</summary>
        public static IEnumerable<string> Paragraphs(string text)
        {
            var lines = MarkdownCommandReader.SplitLines(text ?? string.Empty);
            var current = new List<string>();
            var inCode = false;
            foreach (var line in lines)
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inCode = !inCode;
                    continue;
                }

                if (!inCode && line.Trim().Length == 0)
                {
                    if (current.Count > 0)
                    {
                        yield return Join(current);
                        current.Clear();
                    }

                    continue;
                }

                current.Add(inCode ? "    " + line : line);
            }

            if (current.Count > 0)
            {
                yield return Join(current);
            }
        }

        private static string Join(List<string> lines)
        {
            var builder = new StringBuilder();
            foreach (var line in lines)
            {
                if (builder.Length == 0)
                {
                    builder.Append(Clean(line));
                }
                else if (IsStructured(line))
                {
                    builder.Append('\n').Append(Clean(line));
                }
                else
                {
                    builder.Append(' ').Append(Clean(line).Trim());
                }
            }

            return builder.ToString();
        }

        private static bool IsStructured(string line)
        {
            var trimmed = line.TrimStart();
            return line.StartsWith("    ", StringComparison.Ordinal) || trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal)
                || trimmed.StartsWith("|", StringComparison.Ordinal) || (trimmed.Length > 2 && char.IsDigit(trimmed[0]) && trimmed.Contains(". ", StringComparison.Ordinal) && trimmed.IndexOf(". ", StringComparison.Ordinal) < 4);
        }

        /// <summary>Drops markdown emphasis markers that only clutter console text.</summary>
        public static string Clean(string line) => line.Replace("**", string.Empty).Replace("`", string.Empty).TrimEnd();

        /// <summary>Word-wraps one paragraph at the given width with the given indent (structured lines are only indented).</summary>
        public static IEnumerable<string> Wrap(string paragraph, string indent, int width)
        {
            foreach (var line in paragraph.Split('\n'))
            {
                var trimmed = line.TrimStart();
                if (trimmed.StartsWith("|", StringComparison.Ordinal) || line.StartsWith("  ", StringComparison.Ordinal))
                {
                    yield return (indent + line).TrimEnd();
                    continue;
                }

                // List items wrap with a hanging indent under their text.
                var marker = trimmed.IndexOf(' ');
                var hanging = IsStructured(line) && marker > 0 ? indent + new string(' ', marker + 1) : indent;
                var first = true;
                var current = new StringBuilder(indent);
                foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var start = first ? indent.Length : hanging.Length;
                    if (current.Length > start && current.Length + 1 + word.Length > width)
                    {
                        yield return current.ToString();
                        current.Clear().Append(hanging);
                        first = false;
                        start = hanging.Length;
                    }

                    if (current.Length > start)
                    {
                        current.Append(' ');
                    }

                    current.Append(word);
                }

                if (current.ToString().Trim().Length > 0)
                {
                    yield return current.ToString();
                }
            }
        }
    }
}
