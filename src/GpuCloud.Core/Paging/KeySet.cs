using System;
using System.Collections.Generic;

namespace GpuCloud.Core.Paging
{
    /// <summary>
    /// The keys a listing has written, so that an item repeated across pages is written once. An exact set of
    /// strings (ordinal), kept in a few arrays that hold no references: the characters are copied into shared
    /// chunks instead of keeping each key's string alive. A HashSet&lt;string&gt; of a 100,000-item listing keeps
    /// 100,000 strings alive for the whole listing, and every garbage collection during it promotes, copies or marks
    /// them (benchmark, 100,000 endpoints at 0 ms: 105 to 117 ms of GC pause per listing with HashSet&lt;string&gt;,
    /// 52 to 62 ms with this set).
    /// </summary>
    internal sealed class KeySet
    {
        // 32 KB of characters a chunk: below the large-object threshold, so chunks are ordinary small objects.
        private const int CharsPerChunk = 16 * 1024;
        private const int InitialBuckets = 256;

        private readonly List<char[]> _chunks = new List<char[]>();
        private int _usedInLastChunk;

        // Open addressing with linear probing: a bucket holds an entry's index + 1, 0 when empty; at most half full.
        private int[] _buckets = new int[InitialBuckets];
        private Entry[] _entries = new Entry[InitialBuckets / 2];

        public int Count { get; private set; }

        /// <summary>Adds the key; false when it was already in the set.</summary>
        public bool Add(string key)
        {
            if (key == null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            var hash = StringComparer.Ordinal.GetHashCode(key);
            var mask = _buckets.Length - 1;
            var slot = hash & mask;
            for (; _buckets[slot] != 0; slot = (slot + 1) & mask)
            {
                var entry = _entries[_buckets[slot] - 1];
                if (entry.Hash == hash && key.AsSpan().SequenceEqual(CharsOf(entry)))
                {
                    return false;
                }
            }

            if (Count == _entries.Length)
            {
                Grow();
                slot = FreeSlot(_buckets, hash);
            }

            _entries[Count] = Store(key, hash);
            Count++;
            _buckets[slot] = Count;
            return true;
        }

        private ReadOnlySpan<char> CharsOf(Entry entry) => new ReadOnlySpan<char>(_chunks[entry.Chunk], entry.Start, entry.Length);

        private Entry Store(string key, int hash)
        {
            if (_chunks.Count == 0 || key.Length > _chunks[_chunks.Count - 1].Length - _usedInLastChunk)
            {
                _chunks.Add(new char[Math.Max(CharsPerChunk, key.Length)]);
                _usedInLastChunk = 0;
            }

            var start = _usedInLastChunk;
            key.AsSpan().CopyTo(new Span<char>(_chunks[_chunks.Count - 1], start, key.Length));
            _usedInLastChunk += key.Length;
            return new Entry(hash, _chunks.Count - 1, start, key.Length);
        }

        private void Grow()
        {
            var entries = new Entry[_entries.Length * 2];
            Array.Copy(_entries, entries, Count);
            var buckets = new int[_buckets.Length * 2];
            for (var index = 0; index < Count; index++)
            {
                buckets[FreeSlot(buckets, entries[index].Hash)] = index + 1;
            }

            _entries = entries;
            _buckets = buckets;
        }

        private static int FreeSlot(int[] buckets, int hash)
        {
            var mask = buckets.Length - 1;
            var slot = hash & mask;
            while (buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            return slot;
        }

        private readonly struct Entry
        {
            public Entry(int hash, int chunk, int start, int length)
            {
                Hash = hash;
                Chunk = chunk;
                Start = start;
                Length = length;
            }

            public int Hash { get; }

            public int Chunk { get; }

            public int Start { get; }

            public int Length { get; }
        }
    }
}
