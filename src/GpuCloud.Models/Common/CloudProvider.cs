namespace GpuCloud.Models
{
    /// <summary>The clouds GpuCloud reads.</summary>
    public enum CloudProvider
    {
        Ppio,
        Scnet,
        ModelArts,
    }
}
