using GpuCloud.Core.Paging;

namespace GpuCloud.Core.Tests.Paging;

public sealed class KeySetTests
{
    [Fact]
    public void Adds_a_key_once_and_refuses_it_after_that()
    {
        var keys = new KeySet();

        Assert.True(keys.Add("ep-1"));
        Assert.False(keys.Add("ep-1"));
        Assert.False(keys.Add(new string(['e', 'p', '-', '1'])));
        Assert.Equal(1, keys.Count);
    }

    [Fact]
    public void Tells_apart_keys_that_differ_only_in_case_length_or_a_prefix()
    {
        var keys = new KeySet();

        foreach (var key in new[] { "", "a", "A", "ab", "abc", "ab ", "ä", "a\u0308", "\uD83D\uDE00" })
        {
            Assert.True(keys.Add(key), key);
        }

        foreach (var key in new[] { "", "a", "A", "ab", "abc", "ab ", "ä", "a\u0308", "\uD83D\uDE00" })
        {
            Assert.False(keys.Add(key), key);
        }

        Assert.Equal(9, keys.Count);
    }

    [Fact]
    public void Keeps_every_key_exactly_across_growth_and_many_storage_chunks()
    {
        var keys = new KeySet();
        var distinct = Enumerable.Range(0, 200_000).Select(i => "endpoint-" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.All(distinct, key => Assert.True(keys.Add(key), key));
        Assert.All(distinct, key => Assert.False(keys.Add(key), key));
        Assert.Equal(distinct.Length, keys.Count);
    }

    [Fact]
    public void Keeps_keys_longer_than_a_storage_chunk()
    {
        var keys = new KeySet();
        var longKey = new string('k', 40_000);
        var longKeyOtherEnd = longKey.Substring(1) + "x";

        Assert.True(keys.Add("short"));
        Assert.True(keys.Add(longKey));
        Assert.True(keys.Add(longKeyOtherEnd));
        Assert.True(keys.Add("after"));

        Assert.False(keys.Add(new string('k', 40_000)));
        Assert.False(keys.Add(longKeyOtherEnd));
        Assert.False(keys.Add("short"));
        Assert.False(keys.Add("after"));
        Assert.Equal(4, keys.Count);
    }

    [Fact]
    public void Agrees_with_a_hash_set_of_strings_on_a_random_mix_of_new_and_repeated_keys()
    {
        var random = new Random(7);
        var keys = new KeySet();
        var reference = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < 50_000; i++)
        {
            var key = new string('x', random.Next(0, 40)) + random.Next(0, 20_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal(reference.Add(key), keys.Add(key));
        }

        Assert.Equal(reference.Count, keys.Count);
    }

    [Fact]
    public void Refuses_a_null_key()
    {
        Assert.Throws<ArgumentNullException>(() => new KeySet().Add(null!));
    }
}
