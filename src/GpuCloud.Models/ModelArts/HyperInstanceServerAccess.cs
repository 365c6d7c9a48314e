using System;

namespace GpuCloud.Models
{
    /// <summary>Access settings (EndpointsResponse) of a ModelArts DevServer.</summary>
    public sealed class HyperInstanceServerAccess
    {
        public ReadableList<string> AllowedAccessIps { get; set; } = ReadableList<string>.Empty;

        public string? DevService { get; set; }

        public ReadableMap Extensions { get; set; } = ReadableMap.Empty;

        public ReadableList<string> SshKeys { get; set; } = ReadableList<string>.Empty;

        public override string ToString() => DevService ?? string.Empty;
    }
}
