using System.Text;
using System.Text.Json;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Tests.Json;

/// <summary>Nested lists are gathered in a list reused per thread: each record still gets its own items, exactly them.</summary>
public sealed class NestedListTests
{
    /// <summary>A node with a name and children of its own kind, to nest lists of one item type inside each other.</summary>
    private sealed class Node
    {
        public string? Name { get; set; }

        public GpuCloud.Models.ReadableList<Node> Children { get; set; } = GpuCloud.Models.ReadableList<Node>.Empty;

        public GpuCloud.Models.ReadableList<string> Tags { get; set; } = GpuCloud.Models.ReadableList<string>.Empty;
    }

    private static readonly RecordShape<Node> NodeShape = new(() => new Node(), ReadNode);

    private static bool ReadNode(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, Node node)
    {
        if (JsonRecord.Is(name, "name"u8))
        {
            node.Name = read.Text(ref reader, "name");
        }
        else if (JsonRecord.Is(name, "children"u8))
        {
            node.Children = JsonRecord.List(ref reader, read, "children", NodeShape);
        }
        else if (JsonRecord.Is(name, "tags"u8))
        {
            node.Tags = JsonRecord.Strings(ref reader, read, "tags");
        }
        else
        {
            return false;
        }

        return true;
    }

    private static Node Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return NodeShape.Read(ref reader, new FieldReader("node"));
    }

    private static string Describe(Node node) =>
        node.Name + "[" + string.Join(",", node.Tags) + "](" + string.Join(" ", node.Children.Select(Describe)) + ")";

    [Fact]
    public void Lists_nested_in_lists_of_the_same_kind_keep_their_own_items()
    {
        var node = Read("""{"name":"a","tags":["x","y"],"children":[{"name":"b","tags":["z"],"children":[{"name":"c"},{"name":"d","tags":[]}]},{"name":"e","children":[{"name":"f"}]}]}""");

        Assert.Equal("a[x,y](b[z](c[]() d[]()) e[](f[]()))", Describe(node));
        Assert.Equal(2, node.Children.Count);
        Assert.Same(GpuCloud.Models.ReadableList<Node>.Empty, node.Children[0].Children[1].Children);
    }

    [Fact]
    public void A_record_read_after_another_gets_none_of_its_items_even_after_a_list_that_failed()
    {
        var first = Read("""{"name":"a","tags":["x","y","z"],"children":[{"name":"b"},{"name":"c"}]}""");
        Assert.Throws<JsonException>(() => Read("""{"name":"bad","tags":["p", 1]}"""));
        var second = Read("""{"name":"d","tags":["q"],"children":[{"name":"e"}]}""");

        Assert.Equal("a[x,y,z](b[]() c[]())", Describe(first));
        Assert.Equal("d[q](e[]())", Describe(second));
    }
}
