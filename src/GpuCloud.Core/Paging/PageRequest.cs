namespace GpuCloud.Core.Paging
{
    /// <summary>One page to fetch: a 0-based index and a size; each provider turns these into its own query.</summary>
    public readonly struct PageRequest
    {
        public PageRequest(int pageIndex, int pageSize)
        {
            PageIndex = pageIndex;
            PageSize = pageSize;
        }

        public int PageIndex { get; }

        public int PageSize { get; }

        public long RecordOffset => (long)PageIndex * PageSize;
    }
}
