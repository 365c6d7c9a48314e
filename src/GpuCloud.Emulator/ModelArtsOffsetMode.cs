namespace GpuCloud.Emulator;

/// <summary>What the ModelArts <c>offset</c> query parameter means.</summary>
public enum ModelArtsOffsetMode
{
    /// <summary>Offset is the index of the first record (as documented).</summary>
    RecordOffset,

    /// <summary>Offset is a 0-based page index (as some ModelArts lists behave).</summary>
    PageIndex,
}
