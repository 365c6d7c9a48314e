namespace GpuCloud.Core.ModelArts
{
    /// <summary>What ModelArts' <c>offset</c> means: a record offset (documented) or, as some lists behave, a page index.</summary>
    public enum ModelArtsOffsetMode
    {
        RecordOffset,
        PageIndex,
    }
}
