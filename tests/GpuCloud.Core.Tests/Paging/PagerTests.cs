using System.Diagnostics;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Tests.Support;

namespace GpuCloud.Core.Tests.Paging;

public sealed class PagerTests
{
    private static Pager<string> PagerOver(FakePages pages) => new("Fake listing", pages.FetchAsync, item => item);

    /// <summary>A pager over <paramref name="pages"/> whose requests for the pages <paramref name="throttled"/> picks meet a 429 that is retried.</summary>
    private static Pager<string> PagerThrottling(FakePages pages, Func<int, bool> throttled) => new("Fake listing", (request, pageCall) =>
    {
        if (throttled(request.PageIndex))
        {
            pageCall.RetryObserved?.Invoke(FakePages.Throttled(), Stopwatch.GetTimestamp());
        }

        return pages.FetchAsync(request, pageCall);
    }, item => item);

    /// <summary>A pager over <paramref name="pages"/> whose server ends page 2 after 5 items, though it counts them all.</summary>
    private static Pager<string> PagerCuttingPage2ToFive(FakePages pages) => new("Fake listing", async (request, call) =>
    {
        var page = await pages.FetchAsync(request, call);
        return request.PageIndex == 2 ? new Page<string>(page.Items.Take(5).ToList(), page.Total) : page;
    }, item => item);

    private static CallContext Call(RecordingDiagnostics? diagnostics = null, int concurrency = 4, CancellationToken token = default) =>
        new(new RequestOptions { MaxConcurrency = concurrency, MaxAttempts = 1 }, diagnostics, token);

    [Theory]
    [InlineData(100, 10, 1)]
    [InlineData(100, 7, 4)]
    [InlineData(1, 10, 4)]
    [InlineData(0, 10, 4)]
    [InlineData(95, 95, 8)]
    public async Task Yields_every_item_once_in_order(int count, int pageSize, int concurrency)
    {
        var pages = new FakePages(count);

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(pageSize), Call(concurrency: concurrency)).ToListAsync();

        Assert.Equal(pages.Items, items);
        Assert.Equal((int)Math.Max(1, Math.Ceiling(count / (double)pageSize)), pages.Requested.Count);
    }

    [Fact]
    public async Task Keeps_pages_in_flight_up_to_the_bound_and_still_yields_in_order_when_they_finish_out_of_order()
    {
        var pages = new FakePages(200) { BeforeServing = (index, _) => Task.Delay(index % 3 == 0 ? 60 : 5) };

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(10), Call(concurrency: 4)).ToListAsync();

        Assert.Equal(pages.Items, items);
        Assert.Equal(4, pages.MaxInFlight);
    }

    [Fact]
    public async Task A_slow_page_does_not_hold_back_the_requests_behind_it_and_at_most_twice_the_bound_is_held_ahead()
    {
        var slowPage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pages = new FakePages(200) { BeforeServing = (index, _) => index == 1 ? slowPage.Task : Task.CompletedTask };
        var listing = PagerOver(pages).ReadAsync(new PagingOptions(10), Call(concurrency: 2)).ToListAsync();

        // Page 1 is held: its neighbour in flight comes in, and each page that comes in frees its request for the
        // next one, until page 1 and four pages behind it (twice the bound of 2) are held.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (pages.Requested.Count < 6 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await Task.Delay(200);
        var requestedWhileHeld = pages.Requested.OrderBy(i => i).ToArray();
        slowPage.SetResult();
        var items = await listing;

        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5 }, requestedWhileHeld);
        Assert.Equal(pages.Items, items);
        Assert.Equal(20, pages.Requested.Count);
        Assert.True(pages.MaxInFlight <= 2, "at most 2 requests at once, got " + pages.MaxInFlight);
    }

    [Fact]
    public async Task Pages_coming_in_on_other_threads_while_it_looks_at_them_are_all_read_in_order()
    {
        // Short listings of one-item pages that end on thread-pool threads a moment after they start: the last pages
        // often come in between the pager seeing the one it waits for still coming and choosing what to wait on.
        for (var listing = 0; listing < 20_000; listing++)
        {
            var pages = new FakePages(3) { BeforeServing = (index, _) => Task.Run(() => Thread.SpinWait(index * 3)) };

            var items = await PagerOver(pages).ReadAsync(new PagingOptions(1), Call(concurrency: 2)).ToListAsync();

            Assert.Equal(pages.Items, items);
        }
    }

    [Fact]
    public async Task First_and_Skip_fetch_only_the_pages_that_hold_the_wanted_items()
    {
        var pages = new FakePages(1000);

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(50, skip: 120, first: 60), Call()).ToListAsync();

        Assert.Equal(pages.Items.Skip(120).Take(60), items);
        Assert.Equal(new[] { 2, 3 }, pages.Requested.OrderBy(i => i));
    }

    [Fact]
    public async Task First_0_with_a_count_wanted_reads_one_item_for_the_count_and_writes_nothing()
    {
        var pages = new FakePages(1000);
        var counted = new List<long>();

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(50, skip: 120, first: 0), Call(), counted.Add).ToListAsync();

        Assert.Empty(items);
        Assert.Equal(new[] { 1000L }, counted);
        Assert.Equal(new[] { 0 }, pages.Requested);
    }

    [Theory]
    [InlineData(2147483647UL, 1)]
    [InlineData(4294967296UL, 1)]
    [InlineData(18446744073709551615UL, 100)]
    public async Task A_Skip_beyond_any_page_number_writes_nothing_after_one_request_for_the_count(ulong skip, int pageSize)
    {
        var pages = new FakePages(1000);
        var counted = new List<long>();

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(pageSize, skip: skip, first: 5), Call(), counted.Add).ToListAsync();

        Assert.Empty(items);
        Assert.Equal(new[] { 1000L }, counted);
        Assert.Equal(new[] { 0 }, pages.Requested);
    }

    [Fact]
    public async Task A_throttled_request_for_the_count_alone_does_not_warn_about_concurrency()
    {
        var pages = new FakePages(100);
        var diagnostics = new RecordingDiagnostics();
        var pager = PagerThrottling(pages, _ => true);

        await pager.ReadAsync(new PagingOptions(10, first: 0), Call(diagnostics), _ => { }).ToListAsync();

        Assert.DoesNotContain(diagnostics.Warnings, w => w.Contains("throttling"));
    }

    [Fact]
    public async Task First_0_without_a_count_wanted_requests_nothing()
    {
        var pages = new FakePages(1000);

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(50, first: 0), Call()).ToListAsync();

        Assert.Empty(items);
        Assert.Empty(pages.Requested);
    }

    [Theory]
    [InlineData(true, 0UL, 3)]
    [InlineData(false, 0UL, 100)]
    [InlineData(true, 5UL, 100)]
    public async Task First_alone_below_the_default_page_size_asks_for_a_page_of_that_size(bool pageSizeIsDefault, ulong skip, int expectedSize)
    {
        var pages = new FakePages(1000);

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(100, skip: skip, first: 3, pageSizeIsDefault: pageSizeIsDefault), Call()).ToListAsync();

        Assert.Equal(pages.Items.Skip((int)skip).Take(3), items);
        Assert.Equal(new[] { expectedSize }, pages.RequestedSizes);
    }

    [Fact]
    public async Task Without_a_total_it_reads_until_a_short_page()
    {
        var pages = new FakePages(25) { ReportTotal = false };

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(10), Call()).ToListAsync();

        Assert.Equal(pages.Items, items);
        Assert.Equal(1, pages.MaxInFlight);
    }

    [Fact]
    public async Task Repeated_items_are_written_once_and_reported()
    {
        var pages = new FakePages(40);
        var inserted = false;
        pages.AfterServing = index =>
        {
            if (index == 0 && !inserted)
            {
                inserted = true;
                pages.Items.Insert(0, "new-item");
            }
        };
        var diagnostics = new RecordingDiagnostics();

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(10), Call(diagnostics, concurrency: 1)).ToListAsync();

        Assert.Equal(items.Count, items.Distinct().Count());
        Assert.Equal(pages.Items.OrderBy(i => i), items.OrderBy(i => i));
        Assert.Contains(diagnostics.Warnings, w => w.Contains("changed while it was read (the server's count went from 40 to 41)") && w.Contains("run the command again for a consistent view"));
        Assert.Contains(diagnostics.Warnings, w => w.Contains("repeated across pages"));
    }

    [Fact]
    public async Task Items_removed_before_the_read_position_are_not_lost()
    {
        var pages = new FakePages(40);
        var removed = false;
        pages.AfterServing = index =>
        {
            if (index == 1 && !removed)
            {
                removed = true;
                pages.Items.RemoveAt(0);
            }
        };

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(10), Call(concurrency: 1)).ToListAsync();

        Assert.Empty(pages.Items.Except(items));
        Assert.Equal(items.Count, items.Distinct().Count());
    }

    [Theory]
    [InlineData(1, 10, 1)]
    [InlineData(1, 10, 4)]
    [InlineData(3, 10, 4)]
    [InlineData(9, 10, 8)]
    [InlineData(12, 10, 4)]
    [InlineData(5, 7, 3)]
    public async Task Items_still_there_are_written_however_many_go_from_the_front_while_the_listing_is_read(int removedAfterEachPage, int pageSize, int concurrency)
    {
        var pages = new FakePages(300) { BeforeServing = (index, _) => Task.Delay(index % 3) };
        pages.AfterServing = _ => pages.RemoveFront(removedAfterEachPage);
        var diagnostics = new RecordingDiagnostics();

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(pageSize), Call(diagnostics, concurrency: concurrency)).ToListAsync();

        Assert.Empty(pages.Items.Except(items));
        Assert.Equal(items.Count, items.Distinct().Count());
        Assert.Contains(diagnostics.Warnings, w => w.Contains("changed while it was read (the server's count went from 300 to "));
    }

    [Fact]
    public async Task Items_pushed_onto_a_later_page_already_read_by_items_added_meanwhile_are_not_lost()
    {
        // Pages 1 to 3 are in flight together; page 2 is answered first, then 3 items are added at the front, then
        // page 1 and page 3. The last 3 items of the old page 1 were pushed onto page 2 after it was answered, so
        // page 1 (count 43) and page 2 (count 40) both miss them: the count falling from one page to the next says
        // the later page was answered before items came, and that page is read again.
        var pages = new FakePages(40);
        var page2Served = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inserted = false;
        pages.BeforeServing = (index, _) => index is 1 or 3 ? page2Served.Task : Task.CompletedTask;
        pages.AfterServing = index =>
        {
            if (index == 2 && !inserted)
            {
                inserted = true;
                pages.Items.InsertRange(0, new[] { "new-0", "new-1", "new-2" });
                page2Served.TrySetResult();
            }
        };

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(10), Call(concurrency: 4)).ToListAsync();

        Assert.Empty(pages.Items.Except(items));
        Assert.Equal(items.Count, items.Distinct().Count());
    }

    [Fact]
    public async Task An_item_beyond_the_furthest_page_read_that_moved_back_onto_it_is_still_written()
    {
        // 22 items in pages of 10; one goes from the front after each of the first three answers. Page 1 is read when
        // the last item is at position 20 (page 2); reading page 0 again (the count fell) leaves a count of 20, which
        // alone says there is no page 2, while the last item has moved back onto page 1, read before it moved.
        var pages = new FakePages(22) { BeforeServing = (_, _) => Task.Delay(20) };
        var answers = 0;
        pages.AfterServing = _ =>
        {
            if (Interlocked.Increment(ref answers) <= 3)
            {
                pages.RemoveFront(1);
            }
        };

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(10), Call(concurrency: 1)).ToListAsync();

        Assert.Contains("item-00021", items);
        Assert.Empty(pages.Items.Except(items));
        Assert.Equal(items.Count, items.Distinct().Count());
    }

    [Fact]
    public async Task A_shortfall_against_the_servers_count_is_a_warning_that_names_the_counts()
    {
        var source = PagerCuttingPage2ToFive(new FakePages(30));
        var diagnostics = new RecordingDiagnostics();

        var items = await source.ReadAsync(new PagingOptions(10), Call(diagnostics)).ToListAsync();

        Assert.Equal(25, items.Count);
        Assert.Contains(diagnostics.Warnings, w => w.Contains("reported 30") && w.Contains("25 arrived"));
    }

    [Fact]
    public async Task After_Skip_the_shortfall_warning_gives_the_servers_count_and_what_Skip_leaves_of_it()
    {
        var source = PagerCuttingPage2ToFive(new FakePages(30));
        var diagnostics = new RecordingDiagnostics();

        var items = await source.ReadAsync(new PagingOptions(10, skip: 10), Call(diagnostics)).ToListAsync();

        Assert.Equal(15, items.Count);
        Assert.Contains(diagnostics.Warnings, w => w.Contains("the server reported 30 item(s), 20 after -Skip 10, but 15 arrived"));
    }

    [Fact]
    public async Task A_failing_later_page_ends_the_listing_with_the_count_written_and_the_page()
    {
        var pages = new FakePages(50) { BeforeServing = (index, _) => index == 3 ? Task.FromException(FakePages.Throttled()) : Task.CompletedTask };
        var written = new List<string>();

        var failure = await Assert.ThrowsAsync<ListingIncompleteException>(async () =>
        {
            await foreach (var item in PagerOver(pages).ReadAsync(new PagingOptions(10), Call()))
            {
                written.Add(item);
            }
        });

        Assert.Equal(30, written.Count);
        Assert.Equal(30, failure.ItemsWritten);
        Assert.Equal(4, failure.PageNumber);
        Assert.Contains("page 4", failure.Message);
        Assert.Contains("30 item(s)", failure.Message);
    }

    [Fact]
    public async Task A_failing_first_page_is_the_providers_error_itself()
    {
        var pages = new FakePages(50) { BeforeServing = (_, _) => Task.FromException(FakePages.Throttled()) };

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => PagerOver(pages).ReadAsync(new PagingOptions(10), Call()).ToListAsync());

        Assert.Equal(ErrorKind.Throttled, failure.Kind);
    }

    [Fact]
    public async Task Stopping_the_consumer_cancels_the_pages_in_flight()
    {
        var started = 0;
        var cancelled = 0;
        var pages = new FakePages(1000);
        pages.BeforeServing = async (index, token) =>
        {
            if (index > 1)
            {
                Interlocked.Increment(ref started);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), token);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref cancelled);
                    throw;
                }
            }
        };
        var enumerator = PagerOver(pages).ReadAsync(new PagingOptions(10), Call()).GetAsyncEnumerator();
        for (var i = 0; i < 11; i++)
        {
            Assert.True(await enumerator.MoveNextAsync());
        }

        SpinWait.SpinUntil(() => Volatile.Read(ref started) == 4, TimeSpan.FromSeconds(5));

        await enumerator.DisposeAsync();

        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref cancelled) == 4, TimeSpan.FromSeconds(2)), "pages in flight were not cancelled");
    }

    [Fact]
    public async Task Throttling_halves_the_concurrency_for_the_rest_of_the_listing()
    {
        var pages = new FakePages(400) { BeforeServing = (_, _) => Task.Delay(5) };
        var diagnostics = new RecordingDiagnostics();
        var call = Call(diagnostics, concurrency: 8);
        var pager = PagerThrottling(pages, index => index == 1);

        var items = await pager.ReadAsync(new PagingOptions(10), call).ToListAsync();

        Assert.Equal(pages.Items, items);
        Assert.Contains(diagnostics.Warnings, w => w.Contains("throttling") && w.Contains("at most 4"));
    }

    [Fact]
    public async Task A_request_throttled_again_on_its_retries_lowers_the_concurrency_once()
    {
        var pages = new FakePages(400);
        var diagnostics = new RecordingDiagnostics();
        var pager = new Pager<string>("Fake listing", (request, pageCall) =>
        {
            var sentAt = Stopwatch.GetTimestamp();
            if (request.PageIndex == 0 && request.PageSize == 10)
            {
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    pageCall.RetryObserved?.Invoke(FakePages.Throttled(), sentAt);
                }
            }

            return pages.FetchAsync(request, pageCall);
        }, item => item);

        var items = await pager.ReadAsync(new PagingOptions(10), Call(diagnostics, concurrency: 16)).ToListAsync();

        Assert.Equal(pages.Items, items);
        Assert.Contains(diagnostics.Warnings, w => w.Contains("throttling") && w.Contains("at most 8 page(s)"));
        Assert.DoesNotContain(diagnostics.Warnings, w => w.Contains("at most 4 page(s)") || w.Contains("at most 2 page(s)"));
    }

    [Fact]
    public async Task Requests_throttled_together_lower_the_concurrency_once()
    {
        var pages = new FakePages(400);
        var diagnostics = new RecordingDiagnostics();
        var allInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = 0;
        var pager = new Pager<string>("Fake listing", async (request, pageCall) =>
        {
            var sentAt = Stopwatch.GetTimestamp();
            if (request.PageIndex is >= 1 and <= 8)
            {
                if (Interlocked.Increment(ref waiting) == 8)
                {
                    allInFlight.TrySetResult();
                }

                await allInFlight.Task;
                pageCall.RetryObserved?.Invoke(FakePages.Throttled(), sentAt);
            }

            return await pages.FetchAsync(request, pageCall);
        }, item => item);

        var items = await pager.ReadAsync(new PagingOptions(10), Call(diagnostics, concurrency: 8)).ToListAsync();

        Assert.Equal(pages.Items, items);
        Assert.Contains(diagnostics.Warnings, w => w.Contains("throttling") && w.Contains("at most 4 page(s)"));
        Assert.DoesNotContain(diagnostics.Warnings, w => w.Contains("at most 2 page(s)") || w.Contains("at most 1 page(s)"));
    }

    [Theory]
    [InlineData(5UL, false)]
    [InlineData(10UL, false)]
    [InlineData(31UL, true)]
    public async Task Throttling_of_the_first_page_lowers_the_concurrency_only_when_a_later_page_can_be_needed(ulong first, bool lowered)
    {
        var pages = new FakePages(400);
        var diagnostics = new RecordingDiagnostics();
        var pager = PagerThrottling(pages, index => index == 0);

        var items = await pager.ReadAsync(new PagingOptions(10, first: first), Call(diagnostics, concurrency: 8)).ToListAsync();

        Assert.Equal(pages.Items.Take((int)first), items);
        Assert.Equal(lowered, diagnostics.Warnings.Any(w => w.Contains("throttling") && w.Contains("at most 4")));
    }

    [Fact]
    public async Task A_listing_that_fits_its_first_page_does_not_warn_about_concurrency_when_that_page_was_throttled()
    {
        var pages = new FakePages(5);
        var diagnostics = new RecordingDiagnostics();
        var pager = PagerThrottling(pages, _ => true);

        var items = await pager.ReadAsync(new PagingOptions(10), Call(diagnostics, concurrency: 8)).ToListAsync();

        Assert.Equal(pages.Items, items);
        Assert.DoesNotContain(diagnostics.Warnings, w => w.Contains("throttling"));
    }

    [Fact]
    public async Task A_client_filter_counts_skip_and_first_over_matching_items()
    {
        var pages = new FakePages(100);

        var items = await PagerOver(pages).ReadAsync(new PagingOptions(10, skip: 2, first: 3), Call(), filter: item => item.EndsWith('7')).ToListAsync();

        Assert.Equal(new[] { "item-00027", "item-00037", "item-00047" }, items);
    }

    [Fact]
    public async Task A_default_page_size_the_server_refuses_is_halved_until_it_is_accepted()
    {
        var pages = new FakePages(95);
        var refused = new GpuCloudApiException(GpuCloud.Models.CloudProvider.Ppio, "Fake", ErrorKind.InvalidArgument, 400, "INVALID_ARGUMENT", "pageSize too large", null);
        var pager = new Pager<string>("Fake listing", (request, call) => request.PageSize > 30 ? Task.FromException<Page<string>>(refused) : pages.FetchAsync(request, call), item => item);
        var diagnostics = new RecordingDiagnostics();

        var items = await pager.ReadAsync(new PagingOptions(100, skip: 5, pageSizeIsDefault: true), Call(diagnostics)).ToListAsync();

        Assert.Equal(pages.Items.Skip(5), items);
        Assert.Contains(diagnostics.Verbose, v => v.Contains("trying 25 items per page"));
    }

    [Fact]
    public async Task A_page_size_the_user_chose_is_never_changed()
    {
        var refused = new GpuCloudApiException(GpuCloud.Models.CloudProvider.Ppio, "Fake", ErrorKind.InvalidArgument, 400, "INVALID_ARGUMENT", "pageSize too large", null);
        var pager = new Pager<string>("Fake listing", (request, call) => Task.FromException<Page<string>>(refused), item => item);

        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => pager.ReadAsync(new PagingOptions(100), Call()).ToListAsync());

        Assert.Same(refused, failure);
    }

    [Fact]
    public async Task A_consumer_that_stops_early_gets_no_shortfall_warning()
    {
        var diagnostics = new RecordingDiagnostics();
        await using (var items = PagerOver(new FakePages(120)).ReadAsync(new PagingOptions(1, first: null), Call(diagnostics)).GetAsyncEnumerator())
        {
            Assert.True(await items.MoveNextAsync());
        }

        await PagerOver(new FakePages(120)).ReadAsync(new PagingOptions(10, first: 5), Call(diagnostics)).ToListAsync();

        Assert.Empty(diagnostics.Warnings);
    }

    [Fact]
    public async Task Verbose_names_the_servers_count_how_the_other_pages_are_read_and_what_was_written()
    {
        var diagnostics = new RecordingDiagnostics();

        await PagerOver(new FakePages(1000)).ReadAsync(new PagingOptions(100), Call(diagnostics)).ToListAsync();

        Assert.Equal(
            new[] { "Fake listing: the server counts 1000 item(s); reading 9 more page(s) of 100, up to 4 at a time." },
            diagnostics.Verbose.Take(1));
        Assert.Matches(@"^Fake listing: 1000 item\(s\) written from 10 page\(s\) in \d+ ms\.$", diagnostics.Verbose.Last());
    }

    [Fact]
    public async Task Verbose_counts_only_the_pages_First_needs_and_says_no_further_page_is_requested()
    {
        var diagnostics = new RecordingDiagnostics();

        await PagerOver(new FakePages(1000)).ReadAsync(new PagingOptions(100, first: 150), Call(diagnostics)).ToListAsync();

        Assert.Equal("Fake listing: the server counts 1000 item(s); reading 1 more page(s) of 100, up to 4 at a time.", diagnostics.Verbose.First());
        Assert.Matches(@"^Fake listing: 150 item\(s\) written from 2 page\(s\) in \d+ ms \(-First reached; no further page is requested\)\.$", diagnostics.Verbose.Last());
    }

    [Fact]
    public async Task Verbose_says_when_the_server_gives_no_count_and_when_one_page_holds_everything()
    {
        var uncounted = new RecordingDiagnostics();
        var single = new RecordingDiagnostics();

        await PagerOver(new FakePages(25) { ReportTotal = false }).ReadAsync(new PagingOptions(10), Call(uncounted)).ToListAsync();
        await PagerOver(new FakePages(7)).ReadAsync(new PagingOptions(10), Call(single)).ToListAsync();

        Assert.Equal("Fake listing: the server gives no count; reading one page of 10 at a time until a short page.", uncounted.Verbose.First());
        Assert.StartsWith("Fake listing: 25 item(s) written from 3 page(s) in ", uncounted.Verbose.Last());
        Assert.Equal("Fake listing: the server counts 7 item(s); no other page is needed.", single.Verbose.First());
        Assert.StartsWith("Fake listing: 7 item(s) written from 1 page(s) in ", single.Verbose.Last());
    }

    [Fact]
    public async Task A_consumer_that_stops_reading_gets_no_summary()
    {
        var diagnostics = new RecordingDiagnostics();
        await using (var items = PagerOver(new FakePages(120)).ReadAsync(new PagingOptions(10), Call(diagnostics)).GetAsyncEnumerator())
        {
            Assert.True(await items.MoveNextAsync());
        }

        Assert.DoesNotContain(diagnostics.Verbose, v => v.Contains("written from"));
    }
}
