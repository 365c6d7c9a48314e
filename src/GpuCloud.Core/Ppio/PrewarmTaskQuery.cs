namespace GpuCloud.Core.Ppio
{
    /// <summary>The server-side filters of the prewarm task listing.</summary>
    public sealed class PrewarmTaskQuery
    {
        public static readonly string[] States = { "Pending", "Running", "Succeeded", "Failed" };

        public string? State { get; set; }

        public string? ClusterId { get; set; }

        /// <summary>Fuzzy match on image name or task note (the API's <c>name</c>).</summary>
        public string? Keyword { get; set; }
    }
}
