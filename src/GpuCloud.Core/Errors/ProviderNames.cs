using GpuCloud.Models;

namespace GpuCloud.Core.Errors
{
    /// <summary>How providers are named in messages: as their own documents name them.</summary>
    public static class ProviderNames
    {
        public static string Display(CloudProvider provider)
        {
            switch (provider)
            {
                case CloudProvider.Ppio:
                    return "PPIO";
                case CloudProvider.Scnet:
                    return "SCNet";
                default:
                    return "ModelArts";
            }
        }
    }
}
