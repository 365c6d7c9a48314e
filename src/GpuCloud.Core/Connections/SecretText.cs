namespace GpuCloud.Core.Connections
{
    /// <summary>A secret (API key, token, secret key, password) whose text form never shows it.</summary>
    public sealed class SecretText
    {
        public SecretText(string value)
        {
            Reveal = value;
        }

        /// <summary>The secret itself, for the one place that puts it on the wire.</summary>
        internal string Reveal { get; }

        public bool IsEmpty => string.IsNullOrEmpty(Reveal);

        public override string ToString() => "***";
    }
}
