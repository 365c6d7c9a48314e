namespace GpuCloud.Core.ModelArts
{
    /// <summary>Server-side ordering of the hyperinstance listing (<c>sort_key</c>, <c>sort_dir</c>).</summary>
    public sealed class HyperInstanceQuery
    {
        /// <summary>createTime or updateTime; null leaves the server's default.</summary>
        public string? SortKey { get; set; }

        /// <summary>ASC or DESC; null leaves the server's default.</summary>
        public string? SortDirection { get; set; }
    }
}
