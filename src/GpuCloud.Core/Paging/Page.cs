using System.Collections.Generic;

namespace GpuCloud.Core.Paging
{
    public sealed class Page<T>
    {
        public Page(IReadOnlyList<T> items, long? total)
        {
            Items = items;
            Total = total;
        }

        public IReadOnlyList<T> Items { get; }

        /// <summary>The server's count of the whole listing, when it reports one.</summary>
        public long? Total { get; }
    }
}
