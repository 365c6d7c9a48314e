using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    /// <summary>
    /// A scalar field exactly as it came over the wire. Reading never fails: the mapping layer decides
    /// what the text means and warns, naming the field, when it cannot use it.
    /// </summary>
    [JsonConverter(typeof(WireValueConverter))]
    internal readonly struct WireValue
    {
        public WireValue(WireValueKind kind, string? text)
        {
            Kind = kind;
            Text = text;
        }

        public WireValueKind Kind { get; }

        public string? Text { get; }

        public static WireValue FromString(string? text) => text == null ? new WireValue(WireValueKind.Null, null) : new WireValue(WireValueKind.String, text);

        public static WireValue FromNumber(string text) => new WireValue(WireValueKind.Number, text);

        public override string ToString() => Text ?? Kind.ToString();
    }
}
