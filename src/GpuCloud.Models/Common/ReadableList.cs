using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace GpuCloud.Models
{
    /// <summary>
    /// A read-only list whose text form lists its items, so that a table cell or an Export-Csv cell
    /// shows the values instead of a .NET type name.
    /// </summary>
    public sealed class ReadableList<T> : IReadOnlyList<T>
    {
        private readonly T[] _items;

        public ReadableList(IEnumerable<T>? items)
        {
            _items = items?.ToArray() ?? Array.Empty<T>();
        }

        private ReadableList(T[] items)
        {
            _items = items;
        }

        public static ReadableList<T> Empty { get; } = new ReadableList<T>(Array.Empty<T>());

        /// <summary>The items as a list; no items (or none at all) give the one shared empty list.</summary>
        public static ReadableList<T> Of(IEnumerable<T>? items)
        {
            var array = items?.ToArray();
            return array == null || array.Length == 0 ? Empty : new ReadableList<T>(array);
        }

        /// <summary>An array the caller hands over and no longer touches, as a list without copying it; none give the shared empty list.</summary>
        internal static ReadableList<T> Wrap(T[] items) => items.Length == 0 ? Empty : new ReadableList<T>(items);

        public int Count => _items.Length;

        public T this[int index] => _items[index];

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        public override string ToString() => string.Join("; ", _items.Select(item => item?.ToString() ?? string.Empty));
    }
}
