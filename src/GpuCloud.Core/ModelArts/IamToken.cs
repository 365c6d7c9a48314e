using System;
using GpuCloud.Core.Connections;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class IamToken
    {
        public IamToken(SecretText value, DateTimeOffset? expiresAt)
        {
            Value = value;
            ExpiresAt = expiresAt;
        }

        public SecretText Value { get; }

        public DateTimeOffset? ExpiresAt { get; }
    }
}
