namespace GpuCloud.Emulator;

/// <summary>What the standalone emulator prints on start: where each provider answers and which credentials it accepts.</summary>
public static class EmulatorBanner
{
    public static void Print(TextWriter output, IReadOnlyList<string> addresses, EmulatorOptions options, string scnetDemoToken)
    {
        var root = (addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault() ?? "http://127.0.0.1:5080").TrimEnd('/');
        output.WriteLine($"GpuCloud emulator listening on {string.Join(", ", addresses)} (seed {options.Seed}, {options.Items} items)");
        output.WriteLine();
        output.WriteLine($"PPIO       base URL  {root}");
        output.WriteLine($"           API key   {options.PpioApiKey}   (Authorization: Bearer <key>)");
        output.WriteLine($"           pageNum base {options.PpioPageNumBase}, max pageSize {options.PpioMaxPageSize}");
        output.WriteLine($"SCNet      base URL  {root}   (AI service: {root}/ai, from /ac/openapi/v2/center)");
        output.WriteLine($"           user {options.ScnetUser}  password {options.ScnetPassword}  orgId {options.ScnetOrgId}");
        output.WriteLine($"           demo token (30 days): {scnetDemoToken}");
        output.WriteLine($"ModelArts  base URL  {root}   (IAM: {root}/v3/auth/tokens)");
        output.WriteLine($"           project id {options.HuaweiProjectId}");
        output.WriteLine($"           AK {options.HuaweiAccessKey}  SK {options.HuaweiSecretKey}");
        output.WriteLine($"           IAM user {options.IamUser}  password {options.IamPassword}  domain {options.IamDomain}");
        output.WriteLine($"           offset mode {options.ModelArtsOffsetMode}");
        output.WriteLine($"Admin      {root}/_emulator/state | faults | reset | expire-tokens");
        output.Flush();
    }
}
