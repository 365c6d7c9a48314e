using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Resilience;

/// <summary>One fault switched on in the emulator for one route, and whether the engine must ride it out.</summary>
public sealed record FaultScenario(string Name, Action<FaultOptions, string> Arm, bool MustSurvive, bool ChangesListing = false)
{
    public override string ToString() => Name;

    public static IReadOnlyList<FaultScenario> All { get; } =
    [
        new("429 burst", (f, route) => { f.Throttle = new FaultSwitch { Next = 3, PathContains = route }; f.RetryAfterSeconds = 0; }, MustSurvive: true),
        new("429 with Retry-After 1 s", (f, route) => { f.Throttle = new FaultSwitch { Next = 1, PathContains = route }; f.RetryAfterSeconds = 1; }, MustSurvive: true),
        new("502", (f, route) => { f.ServerError = new FaultSwitch { Next = 2, PathContains = route }; f.ServerErrorStatus = 502; }, MustSurvive: true),
        new("503", (f, route) => { f.ServerError = new FaultSwitch { Next = 2, PathContains = route }; f.ServerErrorStatus = 503; }, MustSurvive: true),
        new("504", (f, route) => { f.ServerError = new FaultSwitch { Next = 2, PathContains = route }; f.ServerErrorStatus = 504; }, MustSurvive: true),
        new("500 (not retried)", (f, route) => { f.ServerError = new FaultSwitch { Next = 1, PathContains = route }; f.ServerErrorStatus = 500; }, MustSurvive: false),
        new("dropped connections", (f, route) => f.DropConnection = new FaultSwitch { Next = 2, PathContains = route }, MustSurvive: true),
        new("truncated bodies", (f, route) => f.TruncatedBody = new FaultSwitch { Next = 2, PathContains = route }, MustSurvive: true),
        new("malformed body", (f, route) => f.MalformedBody = new FaultSwitch { Next = 1, PathContains = route }, MustSurvive: true),
        new("latency beyond the timeout", (f, route) => { f.LatencyMs = 1000; f.LatencyPathContains = route; }, MustSurvive: false),
        new("inserts between pages", (f, route) => f.InsertBetweenPages = new ListingMutationSwitch { Next = 3, PathContains = route }, MustSurvive: true, ChangesListing: true),
        new("deletes between pages", (f, route) => f.RemoveBetweenPages = new ListingMutationSwitch { Next = 2, PathContains = route }, MustSurvive: true, ChangesListing: true),
        new("a delete after every page", (f, route) => f.RemoveBetweenPages = new ListingMutationSwitch { Rate = 1, PathContains = route }, MustSurvive: true, ChangesListing: true),
        new("three deletes after every page", (f, route) => f.RemoveBetweenPages = new ListingMutationSwitch { Rate = 1, ItemsPerPage = 3, PathContains = route }, MustSurvive: true, ChangesListing: true),
        new("token expiry", (f, route) => f.ExpiredToken = new FaultSwitch { Next = 1, PathContains = route }, MustSurvive: true),
    ];
}
