using System.Collections.Generic;

namespace GpuCloud.HelpBuilder
{
    /// <summary>One cmdlet's help as the PlatyPS 1.x command-help markdown describes it.</summary>
    public sealed class CommandHelp
    {
        public string Name { get; set; } = string.Empty;

        public string SourcePath { get; set; } = string.Empty;

        public IDictionary<string, string> Metadata { get; } = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);

        public string Synopsis { get; set; } = string.Empty;

        public IList<SyntaxBlock> Syntax { get; } = new List<SyntaxBlock>();

        public string Aliases { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;

        public IList<ExampleHelp> Examples { get; } = new List<ExampleHelp>();

        public IList<ParameterHelp> Parameters { get; } = new List<ParameterHelp>();

        public bool HasCommonParameters { get; set; }

        public IList<TypeHelp> Inputs { get; } = new List<TypeHelp>();

        public IList<TypeHelp> Outputs { get; } = new List<TypeHelp>();

        public string Notes { get; set; } = string.Empty;

        public IList<LinkHelp> RelatedLinks { get; } = new List<LinkHelp>();

        public string Verb => Name.Contains('-') ? Name.Substring(0, Name.IndexOf('-')) : Name;

        public string Noun => Name.Contains('-') ? Name.Substring(Name.IndexOf('-') + 1) : string.Empty;
    }

    public sealed class SyntaxBlock
    {
        public string ParameterSetName { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;
    }

    public sealed class ExampleHelp
    {
        public string Title { get; set; } = string.Empty;

        public string Code { get; set; } = string.Empty;

        public string Remarks { get; set; } = string.Empty;
    }

    public sealed class ParameterHelp
    {
        public string Name { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;

        public string Type { get; set; } = string.Empty;

        public string DefaultValue { get; set; } = string.Empty;

        public bool SupportsWildcards { get; set; }

        public IList<string> Aliases { get; } = new List<string>();

        public IList<ParameterSetHelp> ParameterSets { get; } = new List<ParameterSetHelp>();

        public bool DontShow { get; set; }

        public IList<string> AcceptedValues { get; } = new List<string>();

        public string HelpMessage { get; set; } = string.Empty;

        /// <summary>The type's name without namespace, as Get-Help shows it in syntax (String[], SwitchParameter).</summary>
        public string ShortTypeName
        {
            get
            {
                var type = Type;
                var generic = type.IndexOf('`');
                if (generic >= 0)
                {
                    var open = type.IndexOf('[');
                    var argument = open >= 0 ? type.Substring(open + 1).TrimEnd(']') : string.Empty;
                    return new ParameterHelp { Type = argument }.ShortTypeName;
                }

                var dot = type.LastIndexOf('.');
                return dot >= 0 ? type.Substring(dot + 1) : type;
            }
        }

        public bool IsSwitch => Type == "System.Management.Automation.SwitchParameter" || Type == "SwitchParameter";
    }

    public sealed class ParameterSetHelp
    {
        /// <summary>"(All)" when the parameter is in every set.</summary>
        public string Name { get; set; } = "(All)";

        /// <summary>"Named" or a number.</summary>
        public string Position { get; set; } = "Named";

        public bool IsRequired { get; set; }

        public bool ValueFromPipeline { get; set; }

        public bool ValueFromPipelineByPropertyName { get; set; }

        public bool ValueFromRemainingArguments { get; set; }

        public bool IsAllSets => Name == "(All)" || Name == "__AllParameterSets";
    }

    public sealed class TypeHelp
    {
        public string TypeName { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;
    }

    public sealed class LinkHelp
    {
        public string Text { get; set; } = string.Empty;

        public string Uri { get; set; } = string.Empty;
    }
}
