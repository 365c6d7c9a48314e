using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace GpuCloud.HelpBuilder
{
    /// <summary>Writes PowerShell MAML (the dll-Help.xml that Get-Help reads) for a set of commands.</summary>
    public static class MamlWriter
    {
        public const string MshNamespace = "http://msh";
        public const string MamlNamespace = "http://schemas.microsoft.com/maml/2004/10";
        public const string CommandNamespace = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        public const string DevNamespace = "http://schemas.microsoft.com/maml/dev/2004/10";
        public const string MsHelpNamespace = "http://msdn.microsoft.com/mshelp";

        public static string Write(IEnumerable<CommandHelp> commands)
        {
            var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
            using var stream = new MemoryStream();
            using (var xml = XmlWriter.Create(stream, settings))
            {
                xml.WriteStartDocument();
                xml.WriteStartElement("helpItems", MshNamespace);
                xml.WriteAttributeString("schema", "maml");
                foreach (var command in commands.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase))
                {
                    WriteCommand(xml, command);
                }

                xml.WriteEndElement();
                xml.WriteEndDocument();
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static void WriteCommand(XmlWriter xml, CommandHelp command)
        {
            xml.WriteStartElement("command", "command", CommandNamespace);
            xml.WriteAttributeString("xmlns", "maml", null, MamlNamespace);
            xml.WriteAttributeString("xmlns", "command", null, CommandNamespace);
            xml.WriteAttributeString("xmlns", "dev", null, DevNamespace);
            xml.WriteAttributeString("xmlns", "MSHelp", null, MsHelpNamespace);

            xml.WriteStartElement("command", "details", CommandNamespace);
            xml.WriteElementString("command", "name", CommandNamespace, command.Name);
            xml.WriteElementString("command", "verb", CommandNamespace, command.Verb);
            xml.WriteElementString("command", "noun", CommandNamespace, command.Noun);
            Description(xml, command.Synopsis);
            xml.WriteEndElement();

            Description(xml, command.Description);

            xml.WriteStartElement("command", "syntax", CommandNamespace);
            foreach (var set in SetNames(command))
            {
                xml.WriteStartElement("command", "syntaxItem", CommandNamespace);
                xml.WriteElementString("maml", "name", MamlNamespace, command.Name);
                foreach (var (parameter, inSet) in ParametersOf(command, set))
                {
                    WriteParameter(xml, parameter, inSet);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("command", "parameters", CommandNamespace);
            foreach (var parameter in command.Parameters.Where(p => !p.DontShow))
            {
                WriteParameter(xml, parameter, parameter.ParameterSets.FirstOrDefault() ?? new ParameterSetHelp());
            }

            xml.WriteEndElement();

            xml.WriteStartElement("command", "inputTypes", CommandNamespace);
            foreach (var input in command.Inputs)
            {
                WriteType(xml, "inputType", input);
            }

            xml.WriteEndElement();

            xml.WriteStartElement("command", "returnValues", CommandNamespace);
            foreach (var output in command.Outputs)
            {
                WriteType(xml, "returnValue", output);
            }

            xml.WriteEndElement();

            xml.WriteStartElement("maml", "alertSet", MamlNamespace);
            xml.WriteStartElement("maml", "alert", MamlNamespace);
            Paragraphs(xml, command.Notes);
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("command", "examples", CommandNamespace);
            foreach (var example in command.Examples)
            {
                xml.WriteStartElement("command", "example", CommandNamespace);
                xml.WriteElementString("maml", "title", MamlNamespace, "-------------------------- " + example.Title + " --------------------------");
                xml.WriteElementString("dev", "code", DevNamespace, example.Code);
                xml.WriteStartElement("dev", "remarks", DevNamespace);
                Paragraphs(xml, example.Remarks);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("maml", "relatedLinks", MamlNamespace);
            var online = command.Metadata.TryGetValue("HelpUri", out var helpUri) ? helpUri.Trim() : string.Empty;
            if (online.Length > 0)
            {
                Link(xml, "Online Version:", online);
            }

            foreach (var link in command.RelatedLinks)
            {
                Link(xml, link.Text, IsAbsolute(link.Uri) ? link.Uri : string.Empty);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private static IEnumerable<string> SetNames(CommandHelp command)
        {
            if (command.Syntax.Count > 0)
            {
                return command.Syntax.Select(s => s.ParameterSetName);
            }

            var named = command.Parameters.SelectMany(p => p.ParameterSets).Where(s => !s.IsAllSets).Select(s => s.Name).Distinct().ToList();
            return named.Count > 0 ? named : new List<string> { "__AllParameterSets" };
        }

        /// <summary>A set's parameters as Get-Help orders them: positional ones by position, then the rest as written.</summary>
        private static IEnumerable<(ParameterHelp Parameter, ParameterSetHelp Set)> ParametersOf(CommandHelp command, string setName)
        {
            var all = setName == "__AllParameterSets" || setName == "(All)";
            var members = new List<(ParameterHelp, ParameterSetHelp)>();
            foreach (var parameter in command.Parameters.Where(p => !p.DontShow))
            {
                var set = parameter.ParameterSets.FirstOrDefault(s => string.Equals(s.Name, setName, StringComparison.OrdinalIgnoreCase))
                    ?? parameter.ParameterSets.FirstOrDefault(s => s.IsAllSets || all);
                if (set != null)
                {
                    members.Add((parameter, set));
                }
            }

            return members.OrderBy(m => int.TryParse(m.Item2.Position, out var position) ? position : int.MaxValue);
        }

        private static void WriteParameter(XmlWriter xml, ParameterHelp parameter, ParameterSetHelp set)
        {
            xml.WriteStartElement("command", "parameter", CommandNamespace);
            xml.WriteAttributeString("required", set.IsRequired ? "true" : "false");
            xml.WriteAttributeString("variableLength", parameter.Type.EndsWith("[]", StringComparison.Ordinal) ? "true" : "false");
            xml.WriteAttributeString("globbing", parameter.SupportsWildcards ? "true" : "false");
            xml.WriteAttributeString("pipelineInput", PipelineInput(set));
            xml.WriteAttributeString("position", int.TryParse(set.Position, out var position) ? position.ToString(System.Globalization.CultureInfo.InvariantCulture) : "named");
            xml.WriteAttributeString("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases));
            xml.WriteElementString("maml", "name", MamlNamespace, parameter.Name);
            Description(xml, parameter.Description);
            if (parameter.AcceptedValues.Count > 0)
            {
                xml.WriteStartElement("command", "parameterValueGroup", CommandNamespace);
                foreach (var value in parameter.AcceptedValues)
                {
                    xml.WriteStartElement("command", "parameterValue", CommandNamespace);
                    xml.WriteAttributeString("required", "false");
                    xml.WriteAttributeString("command", "variableLength", CommandNamespace, "false");
                    xml.WriteString(value);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            if (!parameter.IsSwitch)
            {
                xml.WriteStartElement("command", "parameterValue", CommandNamespace);
                xml.WriteAttributeString("required", "true");
                xml.WriteAttributeString("variableLength", "false");
                xml.WriteString(parameter.ShortTypeName);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("dev", "type", DevNamespace);
            xml.WriteElementString("maml", "name", MamlNamespace, parameter.Type);
            xml.WriteElementString("maml", "uri", MamlNamespace, string.Empty);
            xml.WriteEndElement();
            xml.WriteElementString("dev", "defaultValue", DevNamespace, parameter.DefaultValue.Length == 0 ? (parameter.IsSwitch ? "False" : "None") : parameter.DefaultValue);
            xml.WriteEndElement();
        }

        private static string PipelineInput(ParameterSetHelp set)
        {
            if (set.ValueFromPipeline && set.ValueFromPipelineByPropertyName)
            {
                return "True (ByValue, ByPropertyName)";
            }

            if (set.ValueFromPipeline)
            {
                return "True (ByValue)";
            }

            return set.ValueFromPipelineByPropertyName ? "True (ByPropertyName)" : "False";
        }

        private static void WriteType(XmlWriter xml, string element, TypeHelp type)
        {
            xml.WriteStartElement("command", element, CommandNamespace);
            xml.WriteStartElement("dev", "type", DevNamespace);
            xml.WriteElementString("maml", "name", MamlNamespace, type.TypeName);
            xml.WriteEndElement();
            Description(xml, type.Description);
            xml.WriteEndElement();
        }

        private static void Link(XmlWriter xml, string text, string uri)
        {
            xml.WriteStartElement("maml", "navigationLink", MamlNamespace);
            xml.WriteElementString("maml", "linkText", MamlNamespace, text);
            xml.WriteElementString("maml", "uri", MamlNamespace, uri);
            xml.WriteEndElement();
        }

        private static bool IsAbsolute(string uri) => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps);

        private static void Description(XmlWriter xml, string text)
        {
            xml.WriteStartElement("maml", "description", MamlNamespace);
            Paragraphs(xml, text);
            xml.WriteEndElement();
        }

        /// <summary>One maml:para per markdown paragraph; prose lines are joined, list, table and code lines kept.</summary>
        private static void Paragraphs(XmlWriter xml, string text)
        {
            var paragraphs = PlainText.Paragraphs(text).ToList();
            if (paragraphs.Count == 0)
            {
                xml.WriteElementString("maml", "para", MamlNamespace, string.Empty);
                return;
            }

            foreach (var paragraph in paragraphs)
            {
                xml.WriteElementString("maml", "para", MamlNamespace, paragraph);
            }
        }
    }
}
