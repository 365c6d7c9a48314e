namespace GpuCloud.Emulator;

/// <summary>A fault that changes a listing after a page of it is served (before the next page is asked for).</summary>
public sealed class ListingMutationSwitch : FaultSwitch
{
    /// <summary>How many items are inserted or removed each time a page is served with the fault.</summary>
    public int ItemsPerPage { get; set; } = 1;
}
