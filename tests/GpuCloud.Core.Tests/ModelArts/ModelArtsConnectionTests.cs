using GpuCloud.Core.ModelArts;

namespace GpuCloud.Core.Tests.ModelArts;

public sealed class ModelArtsConnectionTests
{
    [Theory]
    [InlineData("cn-north-4")]
    [InlineData("ap-southeast-1")]
    public void The_region_of_a_regional_endpoint_is_read_back_from_its_host(string region)
    {
        Assert.Equal(region, ModelArtsConnection.RegionOf(ModelArtsConnection.RegionalBaseUri(region)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("https://modelarts.myhuaweicloud.com")]
    [InlineData("https://modelarts-vpc.cn-north-4.example.com")]
    public void Any_other_address_has_no_region(string address)
    {
        Assert.Null(ModelArtsConnection.RegionOf(new Uri(address)));
    }
}
