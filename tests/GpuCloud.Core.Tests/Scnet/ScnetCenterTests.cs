using System.Net;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Scnet;
using GpuCloud.Core.Tests.Http;
using GpuCloud.Core.Tests.Support;

namespace GpuCloud.Core.Tests.Scnet;

/// <summary>
/// Finding the AI service from the service centre's answer (<c>GET /ac/openapi/v2/center</c>): <c>data</c> as a list or
/// as one object, the first enabled entry of <c>aiUrls</c>, <c>enable</c> as a boolean or a string, entries that are not
/// objects passed over, and a clear error when nothing usable is listed.
/// </summary>
public sealed class ScnetCenterTests
{
    private static CallContext Call() => new(new RequestOptions { MaxAttempts = 1 }, new RecordingDiagnostics());

    /// <summary>A platform client whose one request is answered with success and <paramref name="data"/>.</summary>
    private static ScnetAuthClient Answering(string data)
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, "{\"code\":\"0\",\"msg\":\"success\",\"data\":" + data + "}");
        return new ScnetAuthClient(new Uri("https://ac.example.com"), handler.Client);
    }

    private static Task<Uri> FindAsync(string data) => Answering(data).FindAiBaseUriAsync(new ScnetToken(new SecretText("t")), Call());

    [Fact]
    public async Task The_first_enabled_url_is_taken_with_enable_as_a_string_and_the_ai_suffix_dropped()
    {
        var uri = await FindAsync("[{\"aiUrls\":[{\"url\":\"https://a.example.com/ai\",\"enable\":\"false\"},{\"url\":\"https://b.example.com/ai\",\"enable\":\"true\"}]}]");

        Assert.Equal(new Uri("https://b.example.com/"), uri);
    }

    [Fact]
    public async Task Data_as_one_object_is_read_and_a_url_without_enable_counts_as_enabled()
    {
        var uri = await FindAsync("{\"aiUrls\":[{\"url\":\"https://c.example.com\"}]}");

        Assert.Equal(new Uri("https://c.example.com/"), uri);
    }

    [Fact]
    public async Task Property_names_are_read_in_any_letter_case_and_enable_false_as_a_boolean_is_passed_over()
    {
        var uri = await FindAsync("{\"AIURLS\":[{\"URL\":\"https://d.example.com\",\"Enable\":false},{\"Url\":\"https://e.example.com\",\"ENABLE\":true}]}");

        Assert.Equal(new Uri("https://e.example.com/"), uri);
    }

    [Fact]
    public async Task Entries_that_are_not_objects_and_urls_that_are_not_absolute_are_passed_over()
    {
        var uri = await FindAsync("[null, 7, {\"aiUrls\":[null, \"https://x.example.com\", {\"url\":\"not a url\"}, {\"url\":\"https://f.example.com/ai/\"}]}]");

        Assert.Equal(new Uri("https://f.example.com/"), uri);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"aiUrls\":\"https://g.example.com\"}")]
    [InlineData("{\"aiUrls\":{\"url\":\"https://g.example.com\"}}")]
    [InlineData("{\"aiUrls\":[{\"url\":\"https://g.example.com\",\"enable\":\"false\"}]}")]
    [InlineData("{\"aiUrls\":[{\"enable\":true}]}")]
    public async Task An_answer_without_an_enabled_url_is_an_invalid_response_that_says_to_pass_BaseUri(string data)
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => FindAsync(data));

        Assert.Equal(ErrorKind.InvalidResponse, failure.Kind);
        Assert.Contains("-BaseUri", failure.Message);
    }

    [Fact]
    public async Task Signing_in_passes_over_region_entries_that_are_not_objects_and_the_platform_token()
    {
        var client = Answering("[7, null, \"x\", {\"clusterId\":\"0\",\"clusterName\":\"platform\",\"token\":\"p\"}, {\"clusterId\":\"11276\",\"clusterName\":\"西安\",\"token\":\"r\"}]");

        var token = await client.SignInAsync(new ScnetCredentials("u", new SecretText("pw"), "org"), Call());

        Assert.Equal(("11276", "西安", "r"), (token.ClusterId, token.ClusterName, token.Value.Reveal));
    }

    [Fact]
    public async Task A_listed_url_over_plain_http_to_another_host_is_refused_like_a_given_BaseUri()
    {
        var failure = await Assert.ThrowsAnyAsync<GpuCloudException>(() => FindAsync("{\"aiUrls\":[{\"url\":\"http://h.example.com/ai\",\"enable\":true}]}"));

        Assert.Contains("BaseUri", failure.Message);
    }
}
