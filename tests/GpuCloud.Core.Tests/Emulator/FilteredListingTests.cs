using GpuCloud.Emulator.Data;
using GpuCloud.Emulator.Models.Ppio;

namespace GpuCloud.Core.Tests.Emulator;

/// <summary>A filtered listing is scanned once per filter and kept until the listing changes.</summary>
public sealed class FilteredListingTests
{
    private static OrderedListing<PpioPrewarmTask> Listing() => new(new PpioPrewarmGenerator(7, 200), 200, cacheItems: true);

    [Fact]
    public void A_filter_keeps_the_matching_entries_in_listing_order_and_is_reused()
    {
        var listing = Listing();
        var expected = listing.Entries.Where(entry => listing.Item(entry).State == "Failed").ToArray();

        var first = listing.Where("Failed", task => task.State == "Failed");
        var again = listing.Where("Failed", task => throw new InvalidOperationException("scanned again"));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, first);
        Assert.Same(first, again);
    }

    [Fact]
    public void A_change_to_the_listing_scans_it_again()
    {
        var listing = Listing();
        var before = listing.Where("all", _ => true);

        listing.InsertFront(3);
        var afterInsert = listing.Where("all", _ => true);
        var inserted = listing.Entries.Take(3).ToArray();
        listing.RemoveFront(5);
        var afterRemove = listing.Where("all", _ => true);

        Assert.Equal(200, before.Count);
        Assert.Equal(inserted, afterInsert.Take(3));
        Assert.Equal(203, afterInsert.Count);
        Assert.Equal(listing.Entries, afterRemove);
    }

    [Fact]
    public void Many_distinct_filters_do_not_pile_up_but_still_answer_right()
    {
        var listing = Listing();

        for (var i = 0; i < 200; i++)
        {
            var skip = i;
            Assert.Equal(listing.Entries.Skip(skip).Count(), listing.Where("from " + skip, task => listing.Entries.Skip(skip).Any(e => e.Id == task.Id)).Count);
        }
    }
}
