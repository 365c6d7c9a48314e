namespace GpuCloud.Core.Paging
{
    /// <summary>What part of a listing to read: -First, -Skip and -PageSize.</summary>
    public sealed class PagingOptions
    {
        public PagingOptions(int pageSize, ulong skip = 0, ulong? first = null)
        {
            PageSize = pageSize;
            Skip = skip;
            First = first;
        }

        public int PageSize { get; }

        public ulong Skip { get; }

        public ulong? First { get; }
    }
}
