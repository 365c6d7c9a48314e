namespace GpuCloud.Emulator;

/// <summary>
/// Settings of the emulator. Every property can be given on the command line (<c>--Name value</c>)
/// and changed while the emulator runs; handlers read them on every request.
/// Changing <see cref="Seed"/> or <see cref="Items"/> rebuilds the data on the next request.
/// </summary>
public sealed class EmulatorOptions
{
    public int Seed { get; set; } = 42;

    /// <summary>How many PPIO endpoints, PPIO prewarm tasks and ModelArts hyperinstances each.</summary>
    public int Items { get; set; } = 250;

    public string PpioApiKey { get; set; } = "emulator-ppio-key";

    public string ScnetUser { get; set; } = "emulator";
    public string ScnetPassword { get; set; } = "emulator-password";
    public string ScnetOrgId { get; set; } = "emulator-org";
    public TimeSpan ScnetTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public string HuaweiAccessKey { get; set; } = "EMULATORACCESSKEY";
    public string HuaweiSecretKey { get; set; } = "emulator-secret-key";
    public string HuaweiProjectId { get; set; } = "0b1c7d0e5a8f4d2c9e3b6a1f4c2d8e7a";
    public string IamUser { get; set; } = "emulator";
    public string IamPassword { get; set; } = "emulator-password";
    public string IamDomain { get; set; } = "emulator-domain";
    public TimeSpan IamTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Page number of the first PPIO endpoint page: 1 (default) or 0.</summary>
    public int PpioPageNumBase { get; set; } = 1;

    /// <summary>A larger PPIO pageSize is silently clamped to this value.</summary>
    public int PpioMaxPageSize { get; set; } = 100;

    public ModelArtsOffsetMode ModelArtsOffsetMode { get; set; } = ModelArtsOffsetMode.RecordOffset;

    public FaultOptions Faults { get; set; } = new();
}
