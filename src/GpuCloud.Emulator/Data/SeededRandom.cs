namespace GpuCloud.Emulator.Data;

/// <summary>Deterministic helpers over System.Random: one RNG per item, derived from the seed, a salt and the ordinal.</summary>
internal static class SeededRandom
{
    private const string PpioIdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static Random ForItem(int seed, int salt, int ordinal) =>
        new(unchecked((seed * 1_000_003) ^ (salt * 7_919) ^ (ordinal * 104_729)));

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>16 characters of [a-z0-9], like PPIO ids (nzd5nyi4keefsv2d).</summary>
    public static string PpioId(this Random random) => Chars(random, PpioIdAlphabet, 16);

    public static string Hex32(this Random random) => Chars(random, "0123456789abcdef", 32);

    public static string Alphanumeric(this Random random, int length) => Chars(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);

    /// <summary>A version-4 UUID (matches the ModelArts id pattern).</summary>
    public static string Uuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private static string Chars(Random random, string alphabet, int length) =>
        string.Create(length, (random, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }
        });
}
