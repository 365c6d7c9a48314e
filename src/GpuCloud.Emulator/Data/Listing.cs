namespace GpuCloud.Emulator;

/// <summary>The item sets the emulator serves.</summary>
public enum Listing
{
    PpioEndpoints,
    PpioPrewarmTasks,
    ScnetContainers,
    ScnetQuotas,
    ModelArtsHyperInstances,
}
