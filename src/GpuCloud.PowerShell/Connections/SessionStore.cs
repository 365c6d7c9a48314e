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
        private static SessionSettings _withoutRunspace = new SessionSettings();

        /// <summary>The settings of the runspace running on this thread (call from the pipeline thread).</summary>
        public static SessionSettings Current()
        {
            var runspace = Runspace.DefaultRunspace;
            return runspace == null ? _withoutRunspace : PerRunspace.GetValue(runspace, _ => new SessionSettings());
        }

        /// <summary>
        /// Forgets the settings of the runspace running on this thread: Remove-Module (and Import-Module -Force) start it
        /// afresh, as a script module's variables would. Contexts kept in variables still work with -Context.
        /// </summary>
        public static void ForgetCurrent()
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace == null)
            {
                _withoutRunspace = new SessionSettings();
            }
            else
            {
                PerRunspace.Remove(runspace);
            }
        }
    }
}
