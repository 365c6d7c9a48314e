namespace GpuCloud.Models { internal static class Placeholder {} }
