using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Paging;

public sealed class ListingChainTests
{
    /// <summary>A listing of <paramref name="count"/> items named after <paramref name="name"/> ("a-00000", ...).</summary>
    private static FakePages Listing(string name, int count)
    {
        var pages = new FakePages(count);
        for (var i = 0; i < pages.Items.Count; i++)
        {
            pages.Items[i] = name + "-" + i.ToString("D5");
        }

        return pages;
    }

    private static ListingChain<string> ChainOver(params (string Name, FakePages Pages)[] listings) =>
        new(listings.Select(l => new Pager<string>("Fake " + l.Name, l.Pages.FetchAsync, item => item)).ToList());

    private static CallContext Call(RecordingDiagnostics? diagnostics = null) => new(new RequestOptions { MaxConcurrency = 4, MaxAttempts = 1 }, diagnostics);

    [Fact]
    public async Task Reads_each_listing_in_turn_as_one_listing()
    {
        var a = Listing("a", 25);
        var b = Listing("b", 0);
        var c = Listing("c", 12);

        var items = await ChainOver(("a", a), ("b", b), ("c", c)).ReadAsync(new PagingOptions(10), Call()).ToListAsync();

        Assert.Equal(a.Items.Concat(c.Items), items);
    }

    [Fact]
    public async Task Skip_and_First_count_across_the_listings_and_only_the_pages_they_need_are_requested()
    {
        var a = Listing("a", 25);
        var b = Listing("b", 30);
        var c = Listing("c", 40);

        var items = await ChainOver(("a", a), ("b", b), ("c", c)).ReadAsync(new PagingOptions(10, skip: 30, first: 20), Call()).ToListAsync();

        Assert.Equal(a.Items.Concat(b.Items).Concat(c.Items).Skip(30).Take(20), items);
        // -Skip 30 passes over a (25 items): the page at its offset is empty and gives the count, and 5 are left to skip in b.
        Assert.Equal(new[] { 3 }, a.Requested);
        Assert.Equal(new[] { 0, 1, 2 }, b.Requested.OrderBy(i => i));
        // -First is reached in b: c is never asked for.
        Assert.Empty(c.Requested);
    }

    [Fact]
    public async Task Counting_the_listings_ahead_stays_within_the_calls_bound_on_requests_in_flight()
    {
        var inFlight = new ConcurrencyGauge();
        async Task Slowly(int index, CancellationToken cancellationToken)
        {
            inFlight.Enter();
            try
            {
                await Task.Delay(15, cancellationToken);
            }
            finally
            {
                inFlight.Exit();
            }
        }

        var listings = Enumerable.Range(0, 6).Select(i => (Name: "l" + i, Pages: Listing("l" + i, 60))).ToArray();
        foreach (var listing in listings)
        {
            listing.Pages.BeforeServing = Slowly;
        }

        long? total = null;
        var items = await ChainOver(listings).ReadAsync(new PagingOptions(10), Call(), counted => total = counted).ToListAsync();

        Assert.Equal(listings.SelectMany(l => l.Pages.Items), items);
        Assert.Equal(360, total);
        Assert.InRange(inFlight.Peak, 2, 4);
    }

    [Fact]
    public async Task The_total_is_the_sum_of_the_listings_counts_reported_once_before_the_first_item()
    {
        var a = Listing("a", 25);
        var b = Listing("b", 30);
        var c = Listing("c", 0);
        var written = new List<string>();

        await foreach (var item in ChainOver(("a", a), ("b", b), ("c", c)).ReadAsync(new PagingOptions(10, first: 3), Call(), total => written.Add("total " + total)))
        {
            written.Add(item);
        }

        Assert.Equal(new[] { "total 55" }.Concat(a.Items.Take(3)), written);
        // The listings after the first are counted from a page of one item each, and not read: -First is reached in a.
        Assert.Equal(new[] { 1 }, b.RequestedSizes);
        Assert.Equal(new[] { 1 }, c.RequestedSizes);
    }

    [Fact]
    public async Task With_First_0_every_listing_is_counted_from_one_small_request_and_nothing_is_read()
    {
        var a = Listing("a", 25);
        var b = Listing("b", 30);
        var totals = new List<long>();

        var items = await ChainOver(("a", a), ("b", b)).ReadAsync(new PagingOptions(10, first: 0), Call(), totals.Add).ToListAsync();

        Assert.Empty(items);
        Assert.Equal(new[] { 55L }, totals);
        Assert.Equal(new[] { 1 }, a.RequestedSizes);
        Assert.Equal(new[] { 1 }, b.RequestedSizes);
    }

    [Fact]
    public async Task Without_a_total_asked_for_First_0_sends_no_request()
    {
        var a = Listing("a", 25);

        var items = await ChainOver(("a", a), ("b", Listing("b", 3))).ReadAsync(new PagingOptions(10, first: 0), Call()).ToListAsync();

        Assert.Empty(items);
        Assert.Empty(a.Requested);
    }

    [Fact]
    public async Task A_listing_whose_count_shows_Skip_passes_over_it_or_that_is_empty_is_not_read()
    {
        var a = Listing("a", 25);
        var b = Listing("b", 3);
        var c = Listing("c", 0);
        var d = Listing("d", 40);
        var diagnostics = new RecordingDiagnostics();

        var items = await ChainOver(("a", a), ("b", b), ("c", c), ("d", d)).ReadAsync(new PagingOptions(10, skip: 30), Call(diagnostics), _ => { }).ToListAsync();

        Assert.Equal(d.Items.Skip(2), items);
        Assert.Equal(new[] { 1 }, b.RequestedSizes);
        Assert.Equal(new[] { 1 }, c.RequestedSizes);
        Assert.Contains("Fake b: -Skip passes over all 3 of its item(s); it is not read.", diagnostics.Verbose);
        Assert.Contains("Fake c: the server counts no item; it is not read.", diagnostics.Verbose);
    }

    [Fact]
    public async Task Skip_within_a_listing_without_a_count_is_read_but_Skip_past_one_is_refused_naming_Skip_rather_than_guessed()
    {
        var a = Listing("a", 5);
        a.ReportTotal = false;
        var b = Listing("b", 5);

        var within = await ChainOver(("a", a), ("b", b)).ReadAsync(new PagingOptions(10, skip: 2), Call()).ToListAsync();
        Assert.Equal(a.Items.Skip(2).Concat(b.Items), within);

        var past = await Assert.ThrowsAsync<InvalidParameterException>(() => ChainOver(("a", a), ("b", b)).ReadAsync(new PagingOptions(10, skip: 7), Call()).ToListAsync());
        Assert.Equal("Skip", past.ParameterName);
        Assert.StartsWith("Fake a: the server gives no count", past.Message);
    }

    [Fact]
    public async Task A_failure_in_a_later_listing_names_it_and_counts_the_items_written_before_it()
    {
        var a = Listing("a", 5);
        var b = Listing("b", 25);
        b.BeforeServing = (index, _) => index == 0 ? Task.FromException(FakePages.Throttled()) : Task.CompletedTask;
        var written = new List<string>();

        var failure = await Assert.ThrowsAsync<ListingIncompleteException>(async () =>
        {
            await foreach (var item in ChainOver(("a", a), ("b", b)).ReadAsync(new PagingOptions(10), Call()))
            {
                written.Add(item);
            }
        });

        Assert.Equal(a.Items, written);
        Assert.Equal(5, failure.ItemsWritten);
        Assert.Equal(1, failure.PageNumber);
        Assert.StartsWith("The listing stopped at page 1 of Fake b after 5 item(s) were written", failure.Message);
        Assert.Equal(ErrorKind.Throttled, failure.Kind);
    }

    [Fact]
    public async Task A_failing_first_listing_before_anything_is_written_is_the_providers_error_itself()
    {
        var a = Listing("a", 5);
        a.BeforeServing = (_, _) => Task.FromException(FakePages.Throttled());

        await Assert.ThrowsAsync<GpuCloudApiException>(() => ChainOver(("a", a), ("b", Listing("b", 5))).ReadAsync(new PagingOptions(10), Call()).ToListAsync());
    }
}
