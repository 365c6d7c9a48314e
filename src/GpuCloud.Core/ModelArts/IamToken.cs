using System;
using GpuCloud.Core.Connections;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class IamToken
    {
        /// <summary>How long before its expiry a token is obtained again, unless it lives less than twice that.</summary>
        private static readonly TimeSpan RenewalMargin = TimeSpan.FromHours(1);

        public IamToken(SecretText value, DateTimeOffset? expiresAt, DateTimeOffset? obtainedAt = null)
        {
            Value = value;
            ExpiresAt = expiresAt;
            if (expiresAt != null)
            {
                // Half its life before it expires for a short-lived token, so that it is not due from the start.
                var halfLife = obtainedAt == null ? RenewalMargin : TimeSpan.FromTicks(Math.Max(0, (expiresAt.Value - obtainedAt.Value).Ticks / 2));
                RenewAt = expiresAt.Value - (halfLife < RenewalMargin ? halfLife : RenewalMargin);
            }
        }

        public SecretText Value { get; }

        public DateTimeOffset? ExpiresAt { get; }

        /// <summary>When a sign-in should obtain the next token; null for a token given as is, whose expiry is unknown.</summary>
        public DateTimeOffset? RenewAt { get; }

        public bool IsDue(DateTimeOffset now) => RenewAt != null && RenewAt.Value <= now;
    }
}
