using System;
using System.IO;
using System.Management.Automation;
using System.Runtime.InteropServices;
using GpuCloud.PowerShell.Connections;

namespace GpuCloud.PowerShell.Loading
{
    /// <summary>
    /// Runs at Import-Module. On .NET Framework only, it resolves the module's dependencies from its own
    /// folder; PowerShell 7 needs nothing (it resolves from the module folder itself). No network, no
    /// other work: the HTTP pipeline is built on first use. At Remove-Module it forgets the runspace's
    /// session defaults and options, which would otherwise outlive the module in the loaded assembly.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static ResolveEventHandler? _handler;

        public void OnImport()
        {
            if (!RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal) || _handler != null)
            {
                return;
            }

            var folder = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location);
            if (!string.IsNullOrEmpty(folder))
            {
                _handler = new ModuleFolderResolver(folder!).Resolve;
                AppDomain.CurrentDomain.AssemblyResolve += _handler;
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            SessionStore.ForgetCurrent();
            if (_handler != null)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= _handler;
                _handler = null;
            }
        }
    }
}
