using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuCloud.Core.Json
{
    /// <summary>
    /// A scalar field exactly as it came over the wire. Reading never fails: the mapping layer decides
    /// what the text means and warns, naming the field, when it cannot use it. Whole numbers are kept as
    /// numbers (their text is made only if asked for), so reading a count allocates nothing.
    /// </summary>
    [JsonConverter(typeof(WireValueConverter))]
    internal readonly struct WireValue
    {
        private readonly string? _text;
        private readonly long _wholeNumber;
        private readonly bool _isWholeNumber;

        public WireValue(WireValueKind kind, string? text)
        {
            Kind = kind;
            _text = text;
            _wholeNumber = 0;
            _isWholeNumber = false;
        }

        private WireValue(long wholeNumber)
        {
            Kind = WireValueKind.Number;
            _text = null;
            _wholeNumber = wholeNumber;
            _isWholeNumber = true;
        }

        public WireValueKind Kind { get; }

        public string? Text => _isWholeNumber ? _wholeNumber.ToString(CultureInfo.InvariantCulture) : _text;

        /// <summary>The value when the wire held a JSON number without fraction or exponent that fits in 64 bits.</summary>
        public long? WholeNumber => _isWholeNumber ? _wholeNumber : (long?)null;

        public static WireValue FromString(string? text) => text == null ? new WireValue(WireValueKind.Null, null) : new WireValue(WireValueKind.String, text);

        public static WireValue FromNumber(string text) => new WireValue(WireValueKind.Number, text);

        public static WireValue FromWholeNumber(long value) => new WireValue(value);

        /// <summary>Reads the value the reader is on and moves past it; an object or array is skipped and kept as unreadable.</summary>
        public static WireValue Read(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return new WireValue(WireValueKind.String, reader.GetString());
                case JsonTokenType.Number:
                    return reader.TryGetInt64(out var whole)
                        ? FromWholeNumber(whole)
                        : FromNumber(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()));
                case JsonTokenType.True:
                    return new WireValue(WireValueKind.True, "true");
                case JsonTokenType.False:
                    return new WireValue(WireValueKind.False, "false");
                case JsonTokenType.Null:
                    return new WireValue(WireValueKind.Null, null);
                default:
                    return new WireValue(WireValueKind.Unreadable, WireShapes.Describe(ref reader));
            }
        }

        public override string ToString() => Text ?? Kind.ToString();
    }
}
