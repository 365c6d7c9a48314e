using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace GpuCloud.Models
{
    /// <summary>
    /// A read-only string map whose text form is <c>key=value; key=value</c>. It is also a (read-only) IDictionary, so that
    /// PowerShell treats it as it treats a hashtable: <c>$map.key</c> reads a value, and ConvertTo-Json writes a JSON object
    /// (as the provider sent it) instead of a list of Key/Value records.
    /// </summary>
    public sealed class ReadableMap : IReadOnlyDictionary<string, string?>, IDictionary
    {
        private readonly Dictionary<string, string?> _entries;

        public ReadableMap(IEnumerable<KeyValuePair<string, string?>>? entries)
        {
            _entries = new Dictionary<string, string?>();
            if (entries != null)
            {
                foreach (var entry in entries)
                {
                    _entries[entry.Key] = entry.Value;
                }
            }
        }

        public static ReadableMap Empty { get; } = new ReadableMap(null);

        public string? this[string key] => _entries[key];

        public IEnumerable<string> Keys => _entries.Keys;

        public IEnumerable<string?> Values => _entries.Values;

        public int Count => _entries.Count;

        bool IDictionary.IsFixedSize => true;

        bool IDictionary.IsReadOnly => true;

        ICollection IDictionary.Keys => _entries.Keys;

        ICollection IDictionary.Values => _entries.Values;

        bool ICollection.IsSynchronized => false;

        object ICollection.SyncRoot => ((ICollection)_entries).SyncRoot;

        /// <summary>The value of a key, or null for a key the map does not hold (as a hashtable answers).</summary>
        object? IDictionary.this[object key]
        {
            get => key is string text && _entries.TryGetValue(text, out var value) ? value : null;
            set => throw ReadOnly();
        }

        public bool ContainsKey(string key) => _entries.ContainsKey(key);

        public bool TryGetValue(string key, out string? value) => _entries.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() => _entries.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => ((IDictionary)_entries).GetEnumerator();

        IDictionaryEnumerator IDictionary.GetEnumerator() => ((IDictionary)_entries).GetEnumerator();

        bool IDictionary.Contains(object key) => key is string text && _entries.ContainsKey(text);

        void IDictionary.Add(object key, object? value) => throw ReadOnly();

        void IDictionary.Clear() => throw ReadOnly();

        void IDictionary.Remove(object key) => throw ReadOnly();

        void ICollection.CopyTo(Array array, int index) => ((ICollection)_entries).CopyTo(array, index);

        public override string ToString() => string.Join("; ", _entries.Select(entry => entry.Key + "=" + entry.Value));

        private static NotSupportedException ReadOnly() => new NotSupportedException("The map is read-only.");
    }
}
