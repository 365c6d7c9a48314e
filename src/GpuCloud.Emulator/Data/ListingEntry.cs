namespace GpuCloud.Emulator.Data;

/// <summary>What a listing needs to know of an item to order it; the item itself is generated from its ordinal.</summary>
internal readonly record struct ListingEntry(string Id, long CreateMs, long UpdateMs, int Ordinal);
