using System;
using System.IO;
using System.Reflection;

namespace GpuCloud.PowerShell.Loading
{
    /// <summary>
    /// Windows PowerShell 5.1 (.NET Framework) has no binding redirects for a module's dependencies, so a
    /// dependency asking for System.Memory 4.0.1.1 fails when 4.0.1.2 ships beside it. This resolver answers
    /// such requests with the copy in the module's own folder, and only for files that are there.
    /// </summary>
    public sealed class ModuleFolderResolver
    {
        private readonly string _folder;

        public ModuleFolderResolver(string folder)
        {
            _folder = folder;
        }

        /// <summary>The path of the module's own copy of the requested assembly, or null when it has none.</summary>
        public string? PathFor(string requestedAssemblyName)
        {
            var name = new AssemblyName(requestedAssemblyName).Name;
            if (string.IsNullOrEmpty(name) || name!.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                return null;
            }

            var candidate = Path.Combine(_folder, name + ".dll");
            return File.Exists(candidate) ? candidate : null;
        }

        public Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var path = PathFor(args.Name);
            return path == null ? null : Assembly.LoadFrom(path);
        }
    }
}
