using GpuCloud.Emulator.Auth;

namespace GpuCloud.Emulator;

/// <summary>Everything the route handlers share: options, data, tokens, faults.</summary>
internal sealed class EmulatorRuntime
{
    public EmulatorRuntime(EmulatorOptions options, TimeProvider clock)
    {
        Options = options;
        Clock = clock;
        State = new EmulatorState(options);
        Counters = new FaultCounters();
        Faults = new FaultInjector(options, Counters);
        ScnetTokens = new ScnetTokenService(options, clock);
        IamTokens = new IamTokenService(options, clock);
        HuaweiAuth = new HuaweiAuthenticator(options, IamTokens, clock);
    }

    public EmulatorOptions Options { get; }
    public TimeProvider Clock { get; }
    public EmulatorState State { get; }
    public FaultCounters Counters { get; }
    public FaultInjector Faults { get; }
    public ScnetTokenService ScnetTokens { get; }
    public IamTokenService IamTokens { get; }
    public HuaweiAuthenticator HuaweiAuth { get; }

    public int ExpireAllTokens() => ScnetTokens.ExpireAll() + IamTokens.ExpireAll();
}
