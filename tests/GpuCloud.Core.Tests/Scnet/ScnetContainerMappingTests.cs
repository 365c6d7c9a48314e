using System.Net;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Scnet;
using GpuCloud.Core.Tests.Http;
using GpuCloud.Core.Tests.Support;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Scnet;

/// <summary>Every field of the documented container instance detail reaches its property, whatever the wire's spelling of it.</summary>
public sealed class ScnetContainerMappingTests
{
    private const string DocumentedRecord = """
        {"id":"4c1f43ddb030483e89b55413bee6c004","headerNotebookId":"1a07f501dc89459686996a26ef521abb","instanceServiceName":"Instances_2205113837",
         "currentIndex":2,"gpuNumber":1,"cpuNumber":3,"ramSize":15360,"acceleratorType":"gpu","resourceGroup":"TeslaM40",
         "resourceSpec":"3 核心; 1 加速器; 15.0G 内存","taskNumber":"1","timeoutLimit":"unlimited","userName":"magic2",
         "version":"jupyter:4.4-py3.7-cpu","imagePath":"10.0.35.26:5000/gpu/admin/base/jupyter:4.4-py3.7-cpu","status":"Running","taskType":"ssh",
         "description":"a notebook","createTime":"2022-05-11 19:30:34","startTime":"2022-05-11 19:31:02","endTime":"2022-05-12 07:31:02",
         "duration":"12h0m","remainingTime":"3h","tensorboardId":"tb-1","tensorboardPath":"/public/home/magic2/tb",
         "mountInfoList":[{"sourcePath":"/public/home/magic2","type":"home"},{"sourcePath":"/work/data","type":"nfs"}],
         "containerPortInfoList":[{"accessUrl":"https://ac.example.com/ssh/1","containerPort":"22","protocolType":"TCP"},{"accessUrl":"https://ac.example.com/web/1","containerPort":8888,"protocolType":"HTTP"}],
         "useStartScript":true,"startScriptContent":"echo hi","startScriptPath":"/public/home/magic2/start.sh","startScriptActionScope":"all",
         "headerNotebookIp":"10.0.35.40"}
        """;

    /// <summary>The document's own example answer, word for word.</summary>
    private const string DocumentExample = """
        {
        "code": "0",
        "msg": "SUCCESS",
        "data": {
        "id": "4c1f43ddb030483e89b55413bee6c004",
        "headerNotebookId": "1a07f501dc89459686996a26ef521abb",
        "instanceServiceName": "Instances_2205113837",
        "currentIndex": 2,
        "gpuNumber": 1,
        "cpuNumber": 3,
        "ramSize": 15360,
        "acceleratorType": "gpu",
        "resourceGroup": "TeslaM40",
        "resourceSpec": "3 核心; 1 加速器; 15.0G 内存",
        "taskNumber": 1,
        "timeoutLimit": "unlimited",
        "userName": "magic2",
        "version": "jupyter:4.4-py3.7-cpu",
        "imagePath": "10.0.35.26:5000/gpu/admin/base/jupyter:4.4-py3.7-cpu",
        "status": "Waiting",
        "taskType": "ssh",
        "description": "",
        "createTime": "2022-05-11 19:30:34",
        "startTime": null,
        "endTime": null,
        "duration": "--",
        "remainingTime": "--",
        "tensorboardId": null,
        "tensorboardPath": null,
        "mountInfoList": [],
        "containerPortInfoList": [],
        "useStartScript": false,
        "startScriptContent": "",
        "startScriptPath": null,
        "startScriptActionScope": "all",
        "headerNotebookIp": null
        }
        }
        """;

    internal static async Task<(ContainerInstance Instance, RecordingDiagnostics Diagnostics)> DetailAsync(string answer)
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, answer);
        var client = StubScnet.Client(handler, token: "t");
        var diagnostics = new RecordingDiagnostics();
        var instance = await client.GetContainerInstanceAsync("4c1f43ddb030483e89b55413bee6c004", new CallContext(new RequestOptions { MaxAttempts = 1 }, diagnostics));
        return (instance, diagnostics);
    }

    private static Task<(ContainerInstance Instance, RecordingDiagnostics Diagnostics)> ReadAsync(string record) =>
        DetailAsync("{\"code\":\"0\",\"msg\":\"SUCCESS\",\"data\":" + record + "}");

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second) => new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public async Task Every_documented_field_is_mapped()
    {
        var (instance, diagnostics) = await ReadAsync(DocumentedRecord);

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(CloudProvider.Scnet, instance.Provider);
        Assert.Equal("4c1f43ddb030483e89b55413bee6c004", instance.Id);
        Assert.Equal("1a07f501dc89459686996a26ef521abb", instance.HeaderNotebookId);
        Assert.Equal("Instances_2205113837", instance.InstanceServiceName);
        Assert.Equal(2, instance.CurrentIndex);
        Assert.Equal(1, instance.GpuNumber);
        Assert.Equal(3, instance.CpuNumber);
        Assert.Equal(15360, instance.RamSize);
        Assert.Equal("gpu", instance.AcceleratorType);
        Assert.Equal("TeslaM40", instance.ResourceGroup);
        Assert.Equal("3 核心; 1 加速器; 15.0G 内存", instance.ResourceSpec);
        Assert.Equal(1, instance.TaskNumber);
        Assert.Equal("unlimited", instance.TimeoutLimit);
        Assert.Equal("magic2", instance.UserName);
        Assert.Equal("jupyter:4.4-py3.7-cpu", instance.Version);
        Assert.Equal("10.0.35.26:5000/gpu/admin/base/jupyter:4.4-py3.7-cpu", instance.ImagePath);
        Assert.Equal("Running", instance.Status);
        Assert.Equal("ssh", instance.TaskType);
        Assert.Equal("a notebook", instance.Description);
        Assert.Equal(Utc(2022, 5, 11, 11, 30, 34), instance.CreateTime);
        Assert.Equal(TimeSpan.Zero, instance.CreateTime!.Value.Offset);
        Assert.Equal(Utc(2022, 5, 11, 11, 31, 2), instance.StartTime);
        Assert.Equal(Utc(2022, 5, 11, 23, 31, 2), instance.EndTime);
        Assert.Equal("12h0m", instance.Duration);
        Assert.Equal("3h", instance.RemainingTime);
        Assert.Equal("tb-1", instance.TensorboardId);
        Assert.Equal("/public/home/magic2/tb", instance.TensorboardPath);
        Assert.Equal(new[] { ("/public/home/magic2", "home"), ("/work/data", "nfs") }, instance.MountInfoList.Select(m => (m.SourcePath!, m.Type!)));
        Assert.Equal(
            new[] { ("https://ac.example.com/ssh/1", "22", "TCP"), ("https://ac.example.com/web/1", "8888", "HTTP") },
            instance.ContainerPortInfoList.Select(p => (p.AccessUrl!, p.ContainerPort!, p.ProtocolType!)));
        Assert.True(instance.UseStartScript);
        Assert.Equal("echo hi", instance.StartScriptContent);
        Assert.Equal("/public/home/magic2/start.sh", instance.StartScriptPath);
        Assert.Equal("all", instance.StartScriptActionScope);
        Assert.Equal("10.0.35.40", instance.HeaderNotebookIp);
    }

    [Fact]
    public async Task The_documents_example_reads_with_null_and_dashes_as_no_value()
    {
        var (instance, diagnostics) = await DetailAsync(DocumentExample);

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal("4c1f43ddb030483e89b55413bee6c004", instance.Id);
        Assert.Equal(1, instance.TaskNumber);
        Assert.Equal("Waiting", instance.Status);
        Assert.Equal(Utc(2022, 5, 11, 11, 30, 34), instance.CreateTime);
        Assert.Null(instance.StartTime);
        Assert.Null(instance.EndTime);
        Assert.Null(instance.Duration);
        Assert.Null(instance.RemainingTime);
        Assert.Null(instance.TensorboardId);
        Assert.Null(instance.TensorboardPath);
        Assert.Null(instance.StartScriptPath);
        Assert.Null(instance.HeaderNotebookIp);
        Assert.Equal("", instance.Description);
        Assert.Equal("", instance.StartScriptContent);
        Assert.False(instance.UseStartScript);
        Assert.Empty(instance.MountInfoList);
        Assert.Empty(instance.ContainerPortInfoList);
        Assert.Same(ReadableList<ContainerMountInfo>.Empty, instance.MountInfoList);
        Assert.Same(ReadableList<ContainerPortInfo>.Empty, instance.ContainerPortInfoList);
    }

    [Fact]
    public async Task China_times_in_every_accepted_form_become_utc_and_dashes_or_blanks_are_no_time()
    {
        var (instance, diagnostics) = await ReadAsync("""{"id":"c-1","createTime":"2022-05-11 19:30:34.250","startTime":"2022-05-11T20:00:00","endTime":"2022-05-12"}""");
        var (blank, blankDiagnostics) = await ReadAsync("""{"id":"c-2","createTime":"--","startTime":"","endTime":" -- "}""");

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(new DateTimeOffset(2022, 5, 11, 11, 30, 34, 250, TimeSpan.Zero), instance.CreateTime);
        Assert.Equal(Utc(2022, 5, 11, 12, 0, 0), instance.StartTime);
        Assert.Equal(Utc(2022, 5, 11, 16, 0, 0), instance.EndTime);
        Assert.Empty(blankDiagnostics.Warnings);
        Assert.Null(blank.CreateTime);
        Assert.Null(blank.StartTime);
        Assert.Null(blank.EndTime);
    }

    [Fact]
    public async Task Numbers_and_switches_sent_as_text_are_read_and_dashes_stay_in_plain_text_fields()
    {
        var (instance, diagnostics) = await ReadAsync("""
            {"id":"c-3","cpuNumber":"3","gpuNumber":"2.0","ramSize":" 15360 ","currentIndex":"--","taskNumber":"","useStartScript":"1","description":"--","timeoutLimit":"--","duration":" -- "}
            """);
        var (other, _) = await ReadAsync("""{"id":"c-4","useStartScript":"false","gpuNumber":4}""");

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal((3, 2, 15360), (instance.CpuNumber, instance.GpuNumber, instance.RamSize));
        Assert.Null(instance.CurrentIndex);
        Assert.Null(instance.TaskNumber);
        Assert.True(instance.UseStartScript);
        Assert.Equal("--", instance.Description);
        Assert.Equal("--", instance.TimeoutLimit);
        Assert.Null(instance.Duration);
        Assert.False(other.UseStartScript);
        Assert.Equal(4, other.GpuNumber);
    }

    [Fact]
    public async Task Names_match_whatever_their_case_or_escaping_and_unknown_fields_are_ignored()
    {
        const string record = """
            {"extra":{"id":"not-this","mountInfoList":[{"type":"no"}]},"ID":"c-5","InstanceServiceName":"x","\u0073tatus":"Running","CREATETIME":"2022-05-11 19:30:34",
             "MountInfoList":[{"SOURCEPATH":"/a","Type":"home","more":{"type":"no"}}],"containerportinfolist":[{"AccessUrl":"u","containerPORT":"22","x":[[]]}],
             "UseStartScript":true,"remaining\u0054ime":"1h","tail":[{"id":"nor-this"}]}
            """;

        var (instance, diagnostics) = await ReadAsync(record);

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(("c-5", "x", "Running"), (instance.Id, instance.InstanceServiceName, instance.Status));
        Assert.Equal(Utc(2022, 5, 11, 11, 30, 34), instance.CreateTime);
        Assert.Equal(("/a", "home"), (Assert.Single(instance.MountInfoList).SourcePath, instance.MountInfoList[0].Type));
        Assert.Equal(("u", "22"), (Assert.Single(instance.ContainerPortInfoList).AccessUrl, instance.ContainerPortInfoList[0].ContainerPort));
        Assert.True(instance.UseStartScript);
        Assert.Equal("1h", instance.RemainingTime);
    }

    [Fact]
    public async Task Missing_and_null_fields_are_empty_without_warnings()
    {
        var (nulls, nullDiagnostics) = await ReadAsync("""
            {"id":null,"instanceServiceName":null,"cpuNumber":null,"createTime":null,"useStartScript":null,"mountInfoList":null,"containerPortInfoList":null,"duration":null}
            """);
        var (empty, emptyDiagnostics) = await ReadAsync("{}");
        var (holes, holeDiagnostics) = await ReadAsync("""{"id":"c-6","mountInfoList":[null,{"type":null,"sourcePath":"/a"},null],"containerPortInfoList":[null]}""");

        Assert.Empty(nullDiagnostics.Warnings.Concat(emptyDiagnostics.Warnings).Concat(holeDiagnostics.Warnings));
        foreach (var instance in new[] { nulls, empty })
        {
            Assert.Equal(CloudProvider.Scnet, instance.Provider);
            Assert.Null(instance.Id);
            Assert.Null(instance.InstanceServiceName);
            Assert.Null(instance.CpuNumber);
            Assert.Null(instance.CreateTime);
            Assert.Null(instance.UseStartScript);
            Assert.Null(instance.Duration);
            Assert.Empty(instance.MountInfoList);
            Assert.Empty(instance.ContainerPortInfoList);
        }

        var mount = Assert.Single(holes.MountInfoList);
        Assert.Equal(("/a", null), (mount.SourcePath, mount.Type));
        Assert.Empty(holes.ContainerPortInfoList);
    }

    [Fact]
    public async Task An_unreadable_field_is_empty_and_the_warning_names_the_record_even_when_its_id_comes_last()
    {
        const string record = """
            {"cpuNumber":"three","createTime":"yesterday","useStartScript":"maybe","ramSize":99999999999,"status":[1],"duration":{"h":1},
             "containerPortInfoList":"none","mountInfoList":[{"sourcePath":{"p":1},"type":"nfs"}],"id":"c-9"}
            """;

        var (instance, diagnostics) = await ReadAsync(record);

        Assert.Null(instance.CpuNumber);
        Assert.Null(instance.CreateTime);
        Assert.Null(instance.UseStartScript);
        Assert.Null(instance.RamSize);
        Assert.Null(instance.Status);
        Assert.Null(instance.Duration);
        Assert.Empty(instance.ContainerPortInfoList);
        var mount = Assert.Single(instance.MountInfoList);
        Assert.Equal((null, "nfs"), (mount.SourcePath, mount.Type));
        Assert.Equal(
            new[]
            {
                "SCNet container instance 'c-9': field 'containerPortInfoList' should be a list but the server sent a string; it is left empty.",
                "SCNet container instance 'c-9': field 'cpuNumber' should be a whole number but the server sent 'three'; it is left empty.",
                "SCNet container instance 'c-9': field 'createTime' should be a time such as 2022-05-11 19:30:34 but the server sent 'yesterday'; it is left empty.",
                "SCNet container instance 'c-9': field 'duration' should be text but the server sent an object; it is left empty.",
                "SCNet container instance 'c-9': field 'mountInfoList.sourcePath' should be text but the server sent an object; it is left empty.",
                "SCNet container instance 'c-9': field 'ramSize' should be a 32-bit whole number but the server sent '99999999999'; it is left empty.",
                "SCNet container instance 'c-9': field 'status' should be text but the server sent an array; it is left empty.",
                "SCNet container instance 'c-9': field 'useStartScript' should be true or false but the server sent 'maybe'; it is left empty.",
            },
            diagnostics.Warnings.OrderBy(w => w, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_nested_list_of_the_wrong_shape_is_empty_with_a_warning_and_the_rest_still_reads()
    {
        var (instance, diagnostics) = await ReadAsync("""{"id":"c-10","mountInfoList":{"type":"nfs"},"containerPortInfoList":7,"cpuNumber":3}""");

        Assert.Empty(instance.MountInfoList);
        Assert.Empty(instance.ContainerPortInfoList);
        Assert.Equal(3, instance.CpuNumber);
        Assert.Equal(
            new[]
            {
                "SCNet container instance 'c-10': field 'containerPortInfoList' should be a list but the server sent a number; it is left empty.",
                "SCNet container instance 'c-10': field 'mountInfoList' should be a list but the server sent an object; it is left empty.",
            },
            diagnostics.Warnings.OrderBy(w => w, StringComparer.Ordinal));
    }

    /// <summary>Read by the shared record reader, as in every other provider's nested lists; the wire mapper's serializer failed the whole answer here.</summary>
    [Fact]
    public async Task An_item_of_a_nested_list_that_is_no_object_is_left_out_with_a_warning()
    {
        var (instance, diagnostics) = await ReadAsync("""{"id":"c-13","containerPortInfoList":[7,{"containerPort":"22"}],"mountInfoList":["/a"]}""");

        Assert.Equal("22", Assert.Single(instance.ContainerPortInfoList).ContainerPort);
        Assert.Empty(instance.MountInfoList);
        Assert.Equal(
            new[]
            {
                "SCNet container instance 'c-13': field 'containerPortInfoList' should be an object but the server sent a number; it is left empty.",
                "SCNet container instance 'c-13': field 'mountInfoList' should be an object but the server sent a string; it is left empty.",
            },
            diagnostics.Warnings.OrderBy(w => w, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_record_without_an_id_is_named_by_its_kind_and_an_id_of_the_wrong_shape_by_what_came()
    {
        var (unnamed, unnamedDiagnostics) = await ReadAsync("""{"gpuNumber":"one"}""");
        var (misnamed, misnamedDiagnostics) = await ReadAsync("""{"id":{"v":1},"instanceServiceName":"x"}""");

        Assert.Null(unnamed.GpuNumber);
        Assert.Equal(
            new[] { "SCNet container instance: field 'gpuNumber' should be a whole number but the server sent 'one'; it is left empty." },
            unnamedDiagnostics.Warnings);
        Assert.Null(misnamed.Id);
        Assert.Equal("x", misnamed.InstanceServiceName);
        Assert.Equal(
            new[] { "SCNet container instance 'an object': field 'id' should be text but the server sent an object; it is left empty." },
            misnamedDiagnostics.Warnings);
    }

    [Fact]
    public async Task A_field_sent_twice_keeps_its_last_value()
    {
        var (instance, diagnostics) = await ReadAsync("""{"id":"c-11","status":"Waiting","status":"Running","id":"c-12","cpuNumber":"x"}""");

        Assert.Equal(("c-12", "Running"), (instance.Id, instance.Status));
        Assert.Equal(
            new[] { "SCNet container instance 'c-12': field 'cpuNumber' should be a whole number but the server sent 'x'; it is left empty." },
            diagnostics.Warnings);
    }

    [Theory]
    [InlineData("\"4c1f43ddb030483e89b55413bee6c004\"")]
    [InlineData("[{\"id\":\"4c1f43ddb030483e89b55413bee6c004\"}]")]
    [InlineData("42")]
    public async Task Data_that_is_no_object_makes_the_answer_unreadable(string data)
    {
        var failure = await Assert.ThrowsAsync<GpuCloudApiException>(() => ReadAsync(data));

        Assert.Equal(ErrorKind.InvalidResponse, failure.Kind);
        Assert.StartsWith("SCNet GetContainerInstance failed: HTTP 200, the answer could not be read as JSON (", failure.Message);
    }
}
