namespace GpuCloud.Core.Paging
{
    /// <summary>
    /// Reading back after a listing shrank under the pager. Items removed before page <see cref="Boundary"/> since the page
    /// below it was read moved back across that boundary, at most as far as the server's count fell. The pages below the
    /// boundary are read again one at a time, each further back, until the pages read again span the fall counted at the
    /// time of the last of them: then an item that crossed the boundary is on one of them, whatever else went meanwhile.
    /// </summary>
    internal sealed class ShrinkChase
    {
        public ShrinkChase(int boundary, long totalBefore, int pagesBack = 0)
        {
            Boundary = boundary;
            TotalBefore = totalBefore;
            PagesBack = pagesBack;
        }

        /// <summary>The page whose read showed that the count fell.</summary>
        public int Boundary { get; }

        /// <summary>The server's count when the page below the boundary was first read.</summary>
        public long TotalBefore { get; }

        /// <summary>How many pages below <c>Boundary - 1</c> the page being read again is.</summary>
        public int PagesBack { get; }

        /// <summary>The page this chase is reading again now.</summary>
        public int PageBeingReread => Boundary - 1 - PagesBack;

        /// <summary>
        /// The chase after the page being read again came in with <paramref name="total"/>: the next step back, or null
        /// when the pages read again span the fall.
        /// </summary>
        public ShrinkChase? Step(long total, int pageSize)
        {
            var fall = TotalBefore - total;
            var span = (long)(PagesBack + 1) * pageSize;
            return fall > span ? new ShrinkChase(Boundary, TotalBefore, PagesBack + 1) : null;
        }
    }
}
