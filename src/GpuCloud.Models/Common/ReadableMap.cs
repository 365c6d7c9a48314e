using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace GpuCloud.Models
{
    /// <summary>A read-only string map whose text form is <c>key=value; key=value</c>.</summary>
    public sealed class ReadableMap : IReadOnlyDictionary<string, string?>
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

        public bool ContainsKey(string key) => _entries.ContainsKey(key);

        public bool TryGetValue(string key, out string? value) => _entries.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() => _entries.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

        public override string ToString() => string.Join("; ", _entries.Select(entry => entry.Key + "=" + entry.Value));
    }
}
