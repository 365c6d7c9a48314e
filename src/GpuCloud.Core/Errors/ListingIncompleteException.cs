using System.Globalization;

namespace GpuCloud.Core.Errors
{
    /// <summary>A listing that stopped part-way: says how many items were already written and at which page.</summary>
    public sealed class ListingIncompleteException : GpuCloudException
    {
        /// <param name="part">Which of several listings read as one stopped (such as "PPIO ListImagePrewarmTasks (cluster 'cn-east-1')"),
        /// or null for a listing of its own; <paramref name="itemsWritten"/> then counts the items of every listing.</param>
        public ListingIncompleteException(GpuCloudException cause, long itemsWritten, int pageNumber, string? part = null)
            : base(string.Format(CultureInfo.InvariantCulture, "The listing stopped at page {0}{1} after {2} item(s) were written; the output is incomplete. {3}", pageNumber, part == null ? string.Empty : " of " + part, itemsWritten, cause.Message), cause.Kind, cause)
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
