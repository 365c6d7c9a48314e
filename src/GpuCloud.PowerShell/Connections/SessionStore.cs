using System;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace GpuCloud.PowerShell.Connections
{
    /// <summary>
    /// Session defaults are kept per runspace, so parallel runspaces (ForEach-Object -Parallel, runbook
    /// jobs) never share an account unless they pass the same -Context.
    /// </summary>
    internal static class SessionStore
    {
        private static readonly ConditionalWeakTable<Runspace, SessionSettings> PerRunspace = new ConditionalWeakTable<Runspace, SessionSettings>();
        private static readonly SessionSettings WithoutRunspace = new SessionSettings();

        /// <summary>The settings of the runspace running on this thread (call from the pipeline thread).</summary>
        public static SessionSettings Current()
        {
            var runspace = Runspace.DefaultRunspace;
            return runspace == null ? WithoutRunspace : PerRunspace.GetValue(runspace, _ => new SessionSettings());
        }
    }
}
