namespace GpuCloud.Emulator.Routes;

internal enum Provider
{
    Ppio,
    Scnet,
    ModelArts,
    Emulator,
}
