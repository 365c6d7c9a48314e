namespace GpuCloud.PowerShell { internal static class Placeholder {} }
