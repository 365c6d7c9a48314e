namespace GpuCloud.Core.Connections
{
    /// <summary>The environment variables GpuCloud reads, as unattended runbooks set them.</summary>
    public static class EnvironmentVariables
    {
        public const string PpioApiKey = "PPIO_API_KEY";
        public const string PpioBaseUri = "PPIO_BASE_URI";
        public const string PpioPageNumberBase = "PPIO_PAGE_NUMBER_BASE";
        public const string ScnetToken = "SCNET_TOKEN";
        public const string ScnetUser = "SCNET_USER";
        public const string ScnetPassword = "SCNET_PASSWORD";
        public const string ScnetOrgId = "SCNET_ORG_ID";
        public const string ScnetBaseUri = "SCNET_BASE_URI";
        public const string ScnetAuthBaseUri = "SCNET_AUTH_BASE_URI";
        public const string HuaweiAccessKey = "HUAWEICLOUD_SDK_AK";
        public const string HuaweiSecretKey = "HUAWEICLOUD_SDK_SK";
        public const string HuaweiProjectId = "HUAWEICLOUD_SDK_PROJECT_ID";
        public const string HuaweiRegion = "HUAWEICLOUD_REGION";
        public const string ModelArtsBaseUri = "MODELARTS_BASE_URI";
        public const string ModelArtsOffsetMode = "MODELARTS_OFFSET_MODE";
    }
}
