using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Security;
using System.Threading;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;
using GpuCloud.Core.Ppio;
using GpuCloud.Models;
using GpuCloud.PowerShell.Base;
using GpuCloud.PowerShell.Connections;

namespace GpuCloud.PowerShell.Completers
{
    /// <summary>
    /// Completes PPIO cluster ids from the account's own prewarm tasks and endpoints, using the same
    /// connection lookup as the command; completes nothing (quietly) when the account cannot be reached in 3 s.
    /// </summary>
    public sealed class PpioClusterIdCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var sources = new ConnectionSources
                {
                    BaseUri = fakeBoundParameters["BaseUri"] as Uri ?? (fakeBoundParameters["BaseUri"] is string text && Uri.TryCreate(text, UriKind.Absolute, out var parsed) ? parsed : null),
                    Context = fakeBoundParameters["Context"] as GpuCloudContext,
                    SessionDefault = SessionStore.Current().DefaultFor(CloudProvider.Ppio),
                };
                var client = new PpioClient(PpioConnectionResolver.Resolve(sources, SecureStrings.ToSecret(fakeBoundParameters["ApiKey"] as SecureString)));
                using var timeout = new CancellationTokenSource(Budget);
                var call = new CallContext(new RequestOptions { MaxAttempts = 1, RequestTimeout = Budget }, null, timeout.Token);
                var ids = client.KnownClusterIdsAsync(call).GetAwaiter().GetResult();
                return ids.Where(id => id.StartsWith(wordToComplete ?? string.Empty, StringComparison.OrdinalIgnoreCase))
                    .Select(id => new CompletionResult(id, id, CompletionResultType.ParameterValue, id)).ToList();
            }
            catch (Exception)
            {
                // Tab completion never throws at the user: no connection means no suggestions.
                return Array.Empty<CompletionResult>();
            }
        }
    }
}
