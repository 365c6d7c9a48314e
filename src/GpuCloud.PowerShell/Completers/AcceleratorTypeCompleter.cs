using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace GpuCloud.PowerShell.Completers
{
    /// <summary>Completes SCNet accelerator types: gpu (NVIDIA), dcu (Hygon DCU), mlu (Cambricon MLU).</summary>
    public sealed class AcceleratorTypeCompleter : IArgumentCompleter
    {
        private static readonly string[] Known = { "gpu", "dcu", "mlu" };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Known.Where(type => type.StartsWith(wordToComplete ?? string.Empty, StringComparison.OrdinalIgnoreCase))
                .Select(type => new CompletionResult(type, type, CompletionResultType.ParameterValue, type));
    }
}
