using GpuCloud.Core.ModelArts;

namespace GpuCloud.Core.Tests.ModelArts;

public sealed class HuaweiSignerTests
{
    [Fact]
    public void The_published_vector_gives_the_published_signature()
    {
        var headers = new Dictionary<string, string> { ["X-Sdk-Date"] = "20060102T150405Z" };

        var signature = HuaweiSigner.Signature("GET", new Uri("https://example.huaweicloud.com/path?limit=1"), headers, HuaweiSigner.EmptyBodySha256, "20060102T150405Z", "SecretKey");

        Assert.Equal("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624", signature);
    }

    [Fact]
    public void The_authorization_header_names_access_key_signed_headers_and_signature()
    {
        var headers = new Dictionary<string, string> { ["X-Sdk-Date"] = "20060102T150405Z", ["Host"] = "example.huaweicloud.com" };

        var header = HuaweiSigner.Authorization("GET", new Uri("https://example.huaweicloud.com/path?limit=1"), headers, HuaweiSigner.EmptyBodySha256, "20060102T150405Z", "AccessKey", "SecretKey");

        Assert.StartsWith("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=", header);
    }

    [Theory]
    [InlineData("/v1/0b1c7d0e5a8f4d2c9e3b6a1f4c2d8e7a/dev-servers/hyperinstance", "/v1/0b1c7d0e5a8f4d2c9e3b6a1f4c2d8e7a/dev-servers/hyperinstance/")]
    [InlineData("/path/", "/path/")]
    [InlineData("/", "/")]
    [InlineData("/a%20b/c", "/a%20b/c/")]
    [InlineData("/name:with*chars", "/name%3Awith%2Achars/")]
    [InlineData("/%E4%B8%AD", "/%E4%B8%AD/")]
    [InlineData("/a~b_c-d.e", "/a~b_c-d.e/")]
    public void Canonical_uris_encode_each_segment_and_end_in_a_slash(string path, string expected) =>
        Assert.Equal(expected, HuaweiSigner.CanonicalUri(path));

    [Theory]
    [InlineData("?offset=0&limit=10&sort_key=createTime&sort_dir=DESC", "limit=10&offset=0&sort_dir=DESC&sort_key=createTime")]
    [InlineData("?b=2&a=1&a=0", "a=0&a=1&b=2")]
    [InlineData("?empty=&flag", "empty=&flag=")]
    [InlineData("?q=a%20b&r=a+b", "q=a%20b&r=a%20b")]
    [InlineData("?name=x%2Fy*", "name=x%2Fy%2A")]
    [InlineData("", "")]
    public void Canonical_queries_sort_keys_and_encode_spaces_as_percent_20(string query, string expected) =>
        Assert.Equal(expected, HuaweiSigner.CanonicalQuery(query));

    [Fact]
    public void The_canonical_request_joins_its_six_parts_with_newlines()
    {
        var headers = new Dictionary<string, string> { ["X-Sdk-Date"] = " 20060102T150405Z ", ["Host"] = "h" };

        var canonical = HuaweiSigner.CanonicalRequest("get", new Uri("https://h/v1/p/x?limit=1"), headers, HuaweiSigner.EmptyBodySha256);

        Assert.Equal("GET\n/v1/p/x/\nlimit=1\nhost:h\nx-sdk-date:20060102T150405Z\n\nhost;x-sdk-date\n" + HuaweiSigner.EmptyBodySha256, canonical);
    }
}
