using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GpuCloud.Emulator.Json;

namespace GpuCloud.Emulator.Data;

/// <summary>
/// A listing kept as an immutable snapshot of entries, newest first (ties by id); pages are slices of it.
/// Items are generated on demand from their ordinal (optionally cached), so a large listing costs little memory;
/// each item's JSON is serialized once and kept, so serving a page costs the emulator's CPU little (on a small
/// machine it shares the cores with the client being measured).
/// </summary>
internal sealed class OrderedListing<T>
    where T : class
{
    /// <summary>Filtered views kept per snapshot; past this many distinct filters they are dropped and built again.</summary>
    private const int MaxCachedFilters = 64;
    private readonly IItemGenerator<T> _generator;
    private readonly ConcurrentDictionary<int, T>? _cache;
    private readonly ConcurrentDictionary<int, byte[]> _json = new();
    private readonly object _gate = new();
    private volatile Snapshot _snapshot;
    private int _nextOrdinal;

    public OrderedListing(IItemGenerator<T> generator, int count, bool cacheItems)
    {
        _generator = generator;
        _cache = cacheItems ? new ConcurrentDictionary<int, T>() : null;
        var entries = new ListingEntry[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = generator.Entry(i);
        }
        Array.Sort(entries, NewestFirst);
        _snapshot = new Snapshot(entries);
        _nextOrdinal = count;
    }

    public IReadOnlyList<ListingEntry> Entries => _snapshot.Entries;

    public T Item(ListingEntry entry) =>
        _cache is null ? _generator.Item(entry.Ordinal) : _cache.GetOrAdd(entry.Ordinal, _generator.Item);

    /// <summary>The item's UTF-8 JSON, serialized on first use; a listing is always written with the same type info.</summary>
    public byte[] ItemJson(ListingEntry entry, JsonTypeInfo<T> typeInfo) =>
        _json.GetOrAdd(entry.Ordinal, static (_, state) => JsonSerializer.SerializeToUtf8Bytes(state.Listing.Item(state.Entry), state.TypeInfo), (Listing: this, Entry: entry, TypeInfo: typeInfo));

    /// <summary>The JSON of up to <paramref name="size"/> items of <paramref name="entries"/> (this listing's, in some order) from <paramref name="start"/>.</summary>
    public SerializedItems Page(IReadOnlyList<ListingEntry> entries, long start, long size, JsonTypeInfo<T> typeInfo)
    {
        var page = new List<byte[]>();
        for (var i = start; i < entries.Count && i < start + size; i++)
        {
            page.Add(ItemJson(entries[(int)i], typeInfo));
        }

        return new SerializedItems(page);
    }

    /// <summary>
    /// The entries whose items <paramref name="keep"/> keeps, in listing order; cached per <paramref name="cacheKey"/> (which must
    /// name the filter exactly) until the listing changes, so paging through a filtered listing scans it once, not once a page.
    /// </summary>
    public IReadOnlyList<ListingEntry> Where(string cacheKey, Func<T, bool> keep)
    {
        var snapshot = _snapshot;
        if (snapshot.Filtered.Count >= MaxCachedFilters)
        {
            snapshot.Filtered.Clear();
        }

        return snapshot.Filtered.GetOrAdd(cacheKey, _ => Array.FindAll(snapshot.Entries, entry => keep(Item(entry))));
    }

    /// <summary>The entries ordered by a key, ties broken by id; cached until the listing changes.</summary>
    public IReadOnlyList<ListingEntry> Sorted(string cacheKey, Comparison<ListingEntry> comparison)
    {
        var snapshot = _snapshot;
        return snapshot.Sorted.GetOrAdd(cacheKey, _ =>
        {
            var copy = (ListingEntry[])snapshot.Entries.Clone();
            Array.Sort(copy, comparison);
            return copy;
        });
    }

    /// <summary>New items (newer than any other) appear at the front.</summary>
    public void InsertFront(int count)
    {
        lock (_gate)
        {
            var added = new List<ListingEntry>();
            for (var i = 0; i < count; i++)
            {
                added.Add(_generator.Entry(_nextOrdinal++));
            }
            added.Sort(NewestFirst);
            _snapshot = new Snapshot([.. added, .. _snapshot.Entries]);
        }
    }

    /// <summary>The first items of the listing disappear.</summary>
    public void RemoveFront(int count)
    {
        lock (_gate)
        {
            var entries = _snapshot.Entries;
            _snapshot = new Snapshot(entries[Math.Min(count, entries.Length)..]);
        }
    }

    private static int NewestFirst(ListingEntry a, ListingEntry b)
    {
        var byTime = b.CreateMs.CompareTo(a.CreateMs);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    }

    private sealed class Snapshot(ListingEntry[] entries)
    {
        public ListingEntry[] Entries { get; } = entries;

        public ConcurrentDictionary<string, ListingEntry[]> Sorted { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, ListingEntry[]> Filtered { get; } = new(StringComparer.Ordinal);
    }
}
