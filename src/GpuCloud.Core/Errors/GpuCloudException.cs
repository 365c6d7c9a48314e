using System;

namespace GpuCloud.Core.Errors
{
    /// <summary>Base of every error GpuCloud raises on purpose; its message is safe to show (it never holds a secret).</summary>
    public abstract class GpuCloudException : Exception
    {
        protected GpuCloudException(string message, ErrorKind kind, Exception? inner = null)
            : base(message, inner)
        {
            Kind = kind;
        }

        public ErrorKind Kind { get; }

        /// <summary>A stable identifier for the error record, such as <c>Ppio.INVALID_API_KEY</c>.</summary>
        public abstract string ErrorId { get; }
    }
}
