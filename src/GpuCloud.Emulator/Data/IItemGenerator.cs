namespace GpuCloud.Emulator.Data;

/// <summary>Generates item number <c>ordinal</c> deterministically; <see cref="Entry"/> is the cheap part of <see cref="Item"/>.</summary>
internal interface IItemGenerator<T>
{
    ListingEntry Entry(int ordinal);

    T Item(int ordinal);
}
