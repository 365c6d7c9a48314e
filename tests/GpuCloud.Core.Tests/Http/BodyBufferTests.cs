using GpuCloud.Core.Http;

namespace GpuCloud.Core.Tests.Http;

public sealed class BodyBufferTests
{
    /// <summary>Hands out at most a few bytes per read, like a slow network.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }

    [Theory]
    [InlineData(0, 7)]
    [InlineData(100, 7)]
    [InlineData(65_536, 4096)]
    [InlineData(300_001, 1500)]
    public async Task Reads_the_whole_body_however_it_arrives(int size, int chunk)
    {
        var data = Enumerable.Range(0, size).Select(i => (byte)(i * 31)).ToArray();

        using var body = await BodyBuffer.ReadAsync(new TrickleStream(data, chunk), CancellationToken.None);

        Assert.Equal(size, body.Length);
        Assert.True(body.Span.SequenceEqual(data));
    }

    [Fact]
    public async Task A_body_cut_off_mid_way_fails_as_the_stream_does()
    {
        await Assert.ThrowsAsync<IOException>(() => BodyBuffer.ReadAsync(new ThrowingStream(new byte[70_000]), CancellationToken.None));
    }
}
