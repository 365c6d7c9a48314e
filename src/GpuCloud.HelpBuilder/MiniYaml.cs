using System;
using System.Collections.Generic;

namespace GpuCloud.HelpBuilder
{
    /// <summary>
    /// The small YAML subset PlatyPS writes: "Key: value", "Key: []", "Key:" followed by "- item" lines,
    /// and lists of maps ("- Name: x" then indented "Key: value"). Values are strings, lists or maps.
    /// </summary>
    public static class MiniYaml
    {
        public static Dictionary<string, object> Parse(IReadOnlyList<string> lines)
        {
            var index = 0;
            return ParseMap(lines, ref index, 0);
        }

        private static Dictionary<string, object> ParseMap(IReadOnlyList<string> lines, ref int index, int indent)
        {
            var map = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            while (index < lines.Count)
            {
                var line = lines[index];
                if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal))
                {
                    index++;
                    continue;
                }

                var lineIndent = Indent(line);
                if (lineIndent < indent)
                {
                    return map;
                }

                var text = line.Trim();
                var colon = text.IndexOf(':');
                if (colon <= 0)
                {
                    throw new FormatException("Unreadable YAML line: '" + line + "'.");
                }

                var key = text.Substring(0, colon).Trim();
                var rest = text.Substring(colon + 1).Trim();
                index++;
                if (rest.Length > 0)
                {
                    map[key] = rest == "[]" ? new List<object>() : (object)Scalar(rest);
                    continue;
                }

                // A block: a list ("- ") at this indent or deeper, or a nested map.
                var next = NextContent(lines, index);
                if (next < 0 || Indent(lines[next]) < lineIndent || (Indent(lines[next]) == lineIndent && !lines[next].TrimStart().StartsWith("- ", StringComparison.Ordinal)))
                {
                    map[key] = string.Empty;
                    continue;
                }

                map[key] = lines[next].TrimStart().StartsWith("- ", StringComparison.Ordinal) || lines[next].Trim() == "-"
                    ? ParseList(lines, ref index, Indent(lines[next]))
                    : ParseMap(lines, ref index, Indent(lines[next]));
            }

            return map;
        }

        private static List<object> ParseList(IReadOnlyList<string> lines, ref int index, int indent)
        {
            var list = new List<object>();
            while (index < lines.Count)
            {
                var line = lines[index];
                if (line.Trim().Length == 0)
                {
                    index++;
                    continue;
                }

                if (Indent(line) != indent || !line.TrimStart().StartsWith("-", StringComparison.Ordinal))
                {
                    return list;
                }

                var item = line.TrimStart().Substring(1).Trim();
                var colon = item.IndexOf(':');
                if (colon > 0 && !item.StartsWith("'", StringComparison.Ordinal) && !item.StartsWith("\"", StringComparison.Ordinal))
                {
                    // A map item: "- Key: value" with the rest of its keys indented under it.
                    var itemLines = new List<string> { new string(' ', indent + 2) + item };
                    index++;
                    while (index < lines.Count && (lines[index].Trim().Length == 0 || Indent(lines[index]) > indent))
                    {
                        itemLines.Add(lines[index]);
                        index++;
                    }

                    var inner = 0;
                    list.Add(ParseMap(itemLines, ref inner, indent + 2));
                    continue;
                }

                list.Add(Scalar(item));
                index++;
            }

            return list;
        }

        private static int NextContent(IReadOnlyList<string> lines, int index)
        {
            for (var i = index; i < lines.Count; i++)
            {
                if (lines[i].Trim().Length > 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int Indent(string line)
        {
            var count = 0;
            while (count < line.Length && line[count] == ' ')
            {
                count++;
            }

            return count;
        }

        public static string Scalar(string text)
        {
            text = text.Trim();
            if (text.Length >= 2 && text[0] == '\'' && text[text.Length - 1] == '\'')
            {
                return text.Substring(1, text.Length - 2).Replace("''", "'");
            }

            if (text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"')
            {
                return text.Substring(1, text.Length - 2).Replace("\\\"", "\"").Replace("\\\\", "\\");
            }

            return text;
        }

        public static string Text(IDictionary<string, object> map, string key) => map.TryGetValue(key, out var value) && value is string text ? text : string.Empty;

        public static bool Flag(IDictionary<string, object> map, string key) => string.Equals(Text(map, key), "true", StringComparison.OrdinalIgnoreCase);

        public static IEnumerable<string> Strings(IDictionary<string, object> map, string key)
        {
            if (map.TryGetValue(key, out var value) && value is List<object> list)
            {
                foreach (var item in list)
                {
                    if (item is string text)
                    {
                        yield return text;
                    }
                }
            }
        }

        public static IEnumerable<IDictionary<string, object>> Maps(IDictionary<string, object> map, string key)
        {
            if (map.TryGetValue(key, out var value) && value is List<object> list)
            {
                foreach (var item in list)
                {
                    if (item is IDictionary<string, object> inner)
                    {
                        yield return inner;
                    }
                }
            }
        }
    }
}
