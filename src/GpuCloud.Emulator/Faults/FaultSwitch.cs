namespace GpuCloud.Emulator;

/// <summary>One fault kind: fires with probability <see cref="Rate"/>, or on exactly the next <see cref="Next"/> matching requests.</summary>
public class FaultSwitch
{
    /// <summary>Probability 0..1 that a matching request gets the fault (seeded RNG).</summary>
    public double Rate { get; set; }

    /// <summary>Fail exactly the next N matching requests (decremented as they are served).</summary>
    public int Next { get; set; }

    /// <summary>When set, only requests whose path contains this text (ordinal, case-insensitive) match.</summary>
    public string? PathContains { get; set; }
}
