using System.Collections.Generic;
using System.Threading.Tasks;

namespace GpuCloud.Core.Paging
{
    /// <summary>The requests a window of ordered results waits on: the one whose turn it is, and the later ones still coming.</summary>
    internal static class StillComing
    {
        /// <summary>
        /// <paramref name="head"/> first (when there is one), then every other queued request not yet complete. The head stays
        /// in the list even if it has just come in, so the list is never empty and waiting on it then ends at once.
        /// </summary>
        public static List<Task<T>> Of<TKey, T>(Task<T>? head, IEnumerable<KeyValuePair<TKey, Task<T>>> queued)
        {
            var coming = new List<Task<T>>();
            if (head != null)
            {
                coming.Add(head);
            }

            foreach (var pending in queued)
            {
                if (pending.Value != head && !pending.Value.IsCompleted)
                {
                    coming.Add(pending.Value);
                }
            }

            return coming;
        }
    }
}
