using System.Globalization;

namespace GpuCloud.Core.Errors
{
    /// <summary>A listing that stopped part-way: says how many items were already written and at which page.</summary>
    public sealed class ListingIncompleteException : GpuCloudException
    {
        public ListingIncompleteException(GpuCloudException cause, long itemsWritten, int pageNumber)
            : base(string.Format(CultureInfo.InvariantCulture, "The listing stopped at page {0} after {1} item(s) were written; the output is incomplete. {2}", pageNumber, itemsWritten, cause.Message), cause.Kind, cause)
        {
            Cause = cause;
            ItemsWritten = itemsWritten;
            PageNumber = pageNumber;
        }

        public GpuCloudException Cause { get; }

        public long ItemsWritten { get; }

        public int PageNumber { get; }

        public override string ErrorId => Cause.ErrorId + ",ListingIncomplete";
    }
}
