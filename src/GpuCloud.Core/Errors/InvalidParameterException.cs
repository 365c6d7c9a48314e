namespace GpuCloud.Core.Errors
{
    /// <summary>A parameter value that cannot be valid, found before any request is sent.</summary>
    public sealed class InvalidParameterException : GpuCloudException
    {
        public InvalidParameterException(string parameterName, string message)
            : base(message, ErrorKind.InvalidArgument)
        {
            ParameterName = parameterName;
        }

        public string ParameterName { get; }

        public override string ErrorId => "GpuCloud.InvalidParameter." + ParameterName;
    }
}
