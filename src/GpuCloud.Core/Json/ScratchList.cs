using System;
using System.Collections.Generic;

namespace GpuCloud.Core.Json
{
    /// <summary>
    /// One list per thread and item type to gather a nested list's items in before they are copied into the output's
    /// array of exactly their number, so reading a record allocates no list (nor its growing arrays) per nested list. A
    /// list rented while another of the same type is out (a record nested in one of its own kind) is a new one.
    /// </summary>
    internal static class ScratchList<T>
    {
        [ThreadStatic]
        private static List<T>? _free;

        public static List<T> Rent()
        {
            var list = _free ?? new List<T>();
            _free = null;
            return list;
        }

        /// <summary>The items gathered, as an array of exactly their number (the shared empty one for none); the list goes back for reuse.</summary>
        public static T[] ToArrayAndReturn(List<T> list)
        {
            var items = list.Count == 0 ? Array.Empty<T>() : list.ToArray();
            Return(list);
            return items;
        }

        /// <summary>The list goes back for reuse, its items dropped (a list given up on). A list not returned is only garbage.</summary>
        public static void Return(List<T> list)
        {
            list.Clear();
            if (list.Capacity <= MaxKeptCapacity)
            {
                _free = list;
            }
        }

        /// <summary>A list grown larger than this (a record with thousands of nested items) is not kept for the thread's lifetime.</summary>
        private const int MaxKeptCapacity = 1024;
    }
}
