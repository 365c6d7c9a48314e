namespace GpuCloud.Core.Errors
{
    /// <summary>A setting is missing or unusable: the message names the parameter and the environment variable to set.</summary>
    public sealed class GpuCloudConfigurationException : GpuCloudException
    {
        public GpuCloudConfigurationException(string parameterName, string message)
            : base(message, ErrorKind.Configuration)
        {
            ParameterName = parameterName;
        }

        public string ParameterName { get; }

        public override string ErrorId => "GpuCloud.Configuration." + ParameterName;
    }
}
