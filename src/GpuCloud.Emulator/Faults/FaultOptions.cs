namespace GpuCloud.Emulator;

/// <summary>Fault switches. Faults never apply to <c>/_emulator/*</c>.</summary>
public sealed class FaultOptions
{
    /// <summary>Fixed delay added to every matching request.</summary>
    public int LatencyMs { get; set; }

    /// <summary>Random extra delay, 0..LatencyJitterMs, added to every matching request.</summary>
    public int LatencyJitterMs { get; set; }

    /// <summary>When set, latency applies only to paths containing this text.</summary>
    public string? LatencyPathContains { get; set; }

    /// <summary>HTTP 429 with a <c>Retry-After</c> header and the provider's error body.</summary>
    public FaultSwitch Throttle { get; set; } = new();

    /// <summary>Value of the <c>Retry-After</c> header (seconds) on throttled answers; may be 0.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>A server error with <see cref="ServerErrorStatus"/> and the provider's error body.</summary>
    public FaultSwitch ServerError { get; set; } = new();

    /// <summary>500, 502, 503 or 504.</summary>
    public int ServerErrorStatus { get; set; } = 500;

    /// <summary>The connection is aborted without any response.</summary>
    public FaultSwitch DropConnection { get; set; } = new();

    /// <summary>Only the first half of the JSON body is sent, then the response ends.</summary>
    public FaultSwitch TruncatedBody { get; set; } = new();

    /// <summary>The body is not valid JSON (status 200, JSON content type).</summary>
    public FaultSwitch MalformedBody { get; set; } = new();

    /// <summary>After a listing page is served, new items appear at the front of the listing.</summary>
    public ListingMutationSwitch InsertBetweenPages { get; set; } = new();

    /// <summary>After a listing page is served, the first items of the listing disappear.</summary>
    public ListingMutationSwitch RemoveBetweenPages { get; set; } = new();

    /// <summary>A valid SCNet or IAM token is answered as if it had expired.</summary>
    public FaultSwitch ExpiredToken { get; set; } = new();
}
