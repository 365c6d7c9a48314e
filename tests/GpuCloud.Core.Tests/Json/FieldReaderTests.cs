using System.Text;
using System.Text.Json;
using GpuCloud.Core.Json;
using GpuCloud.Core.Ppio;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Json;

public sealed class FieldReaderTests
{
    /// <summary>The value a record reader hands the field reader for <paramref name="json"/>.</summary>
    private static WireValue Value(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return WireValue.Read(ref reader);
    }

    private static ReadableList<string> Reason(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return JsonRecord.TextList(ref reader);
    }

    private static ImagePrewarmTask PrewarmTask(string json, FieldReader read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new PpioPrewarmTaskReader().ReadRecord(ref reader, read);
    }

    [Theory]
    [InlineData("\"72298048\"", 72298048L)]
    [InlineData("72298048", 72298048L)]
    [InlineData("\" 7 \"", 7L)]
    [InlineData("7.0", 7L)]
    [InlineData("\"\"", null)]
    [InlineData("\"--\"", null)]
    [InlineData("null", null)]
    public void Whole_numbers_read_from_numbers_and_numeric_strings(string wire, long? expected)
    {
        var reader = new FieldReader("test");

        Assert.Equal(expected, reader.Int64(Value(wire), "imageSize"));
        Assert.Empty(reader.Warnings);
    }

    [Theory]
    [InlineData("\"big\"")]
    [InlineData("{}")]
    [InlineData("[1]")]
    [InlineData("true")]
    public void An_unreadable_number_is_empty_with_a_warning_naming_record_and_field(string wire)
    {
        var reader = new FieldReader("PPIO prewarm task", "x");

        Assert.Null(reader.Int64(Value(wire), "imageSize"));
        var warning = Assert.Single(reader.Warnings);
        Assert.Contains("PPIO prewarm task 'x'", warning);
        Assert.Contains("'imageSize'", warning);
    }

    [Theory]
    [InlineData("\"1757656178\"", 1757656178L)]
    [InlineData("1757656178", 1757656178L)]
    [InlineData("\"0\"", null)]
    [InlineData("\"\"", null)]
    public void Unix_seconds_become_utc_times_and_zero_means_none(string wire, long? seconds)
    {
        var reader = new FieldReader("test");
        var time = reader.UnixSeconds(Value(wire), "createTime");

        Assert.Equal(seconds == null ? null : DateTimeOffset.FromUnixTimeSeconds(seconds.Value), time);
        Assert.True(time == null || time.Value.Offset == TimeSpan.Zero);
    }

    [Fact]
    public void China_time_becomes_utc()
    {
        var reader = new FieldReader("test");

        var time = reader.ChinaTime(WireValue.FromString("2022-05-11 19:30:34"), "createTime");

        Assert.Equal(new DateTimeOffset(2022, 5, 11, 11, 30, 34, TimeSpan.Zero), time);
        Assert.Equal(TimeSpan.Zero, time!.Value.Offset);
        Assert.Null(reader.ChinaTime(WireValue.FromString("--"), "endTime"));
        Assert.Null(reader.ChinaTime(new WireValue(WireValueKind.Null, null), "startTime"));
        Assert.Null(reader.ChinaTime(WireValue.FromString("yesterday"), "endTime"));
        Assert.Single(reader.Warnings);
    }

    [Theory]
    [InlineData("[]", new string[0])]
    [InlineData("[\"image pulled successfully\"]", new[] { "image pulled successfully" })]
    [InlineData("{}", new string[0])]
    [InlineData("{\"message\":\"pull failed\"}", new[] { "message: pull failed" })]
    [InlineData("\"plain text\"", new[] { "plain text" })]
    [InlineData("[\"a\", 2, {\"k\":1}]", new[] { "a", "2", "{\"k\":1}" })]
    public void Reasons_read_alike_whatever_their_shape(string wire, string[] expected) =>
        Assert.Equal(expected, Reason(wire));

    [Fact]
    public void Missing_fields_are_empty_without_warnings()
    {
        var reader = new FieldReader("test");
        var task = PrewarmTask("{}", reader);

        Assert.Null(reader.Text(default(WireValue), "id"));
        Assert.Null(reader.UnixSeconds(default(WireValue), "completeTime"));
        Assert.Null(task.Id);
        Assert.Null(task.CompleteTime);
        Assert.Empty(task.Reason);
        Assert.Empty(reader.Warnings);
    }

    [Fact]
    public void Booleans_read_from_json_booleans_and_strings()
    {
        var reader = new FieldReader("test");

        Assert.True(reader.Boolean(WireValue.FromString("true"), "enable"));
        Assert.False(reader.Boolean(new WireValue(WireValueKind.False, "false"), "enable"));
        Assert.Null(reader.Boolean(WireValue.FromString("maybe"), "enable"));
        Assert.Single(reader.Warnings);
    }
}
