using System;

namespace GpuCloud.Models
{
    /// <summary>A private address (Endpoints) of a ModelArts DevServer.</summary>
    public sealed class HyperInstanceServerEndpoint
    {
        public ReadableList<string> AllowedAccessIps { get; set; } = ReadableList<string>.Empty;

        public string? DevService { get; set; }

        public ReadableList<string> SshKeys { get; set; } = ReadableList<string>.Empty;

        public string? Service { get; set; }

        public string? Uri { get; set; }

        public override string ToString() => Service + " " + Uri;
    }
}
