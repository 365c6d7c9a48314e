namespace GpuCloud.Core { internal static class Placeholder {} }
