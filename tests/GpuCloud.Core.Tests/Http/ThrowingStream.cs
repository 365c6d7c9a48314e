namespace GpuCloud.Core.Tests.Http;

/// <summary>A body that starts and then breaks, like a connection cut mid-answer.</summary>
public sealed class ThrowingStream(byte[] start) : MemoryStream(start)
{
    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = base.Read(buffer, offset, count);
        return read > 0 ? read : throw new IOException("The response ended prematurely.");
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await base.ReadAsync(buffer, cancellationToken);
        return read > 0 ? read : throw new IOException("The response ended prematurely.");
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
}
