using System.Globalization;
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

        public override string ToString() => Text ?? Kind.ToString();
    }
}
