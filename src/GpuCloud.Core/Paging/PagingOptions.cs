namespace GpuCloud.Core.Paging
{
    /// <summary>What part of a listing to read: -First, -Skip and -PageSize.</summary>
    public sealed class PagingOptions
    {
        public PagingOptions(int pageSize, ulong skip = 0, ulong? first = null, bool pageSizeIsDefault = false)
        {
            PageSize = pageSize;
            Skip = skip;
            First = first;
            PageSizeIsDefault = pageSizeIsDefault;
        }

        /// <summary>
        /// True when the page size is the module's guess at the largest the API accepts (the user gave no
        /// -PageSize): a server that refuses it as invalid is then asked again with smaller pages.
        /// </summary>
        public bool PageSizeIsDefault { get; }

        public int PageSize { get; }

        public ulong Skip { get; }

        public ulong? First { get; }
    }
}
