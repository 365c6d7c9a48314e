using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace GpuCloud.Core.Json
{
    /// <summary>
    /// Turns wire values into typed values. A value that cannot be used becomes null and leaves a
    /// warning that names the record and the field; "--", "" and null mean "no value" without a warning.
    /// </summary>
    internal sealed class FieldReader
    {
        private static readonly TimeSpan ChinaStandardTimeOffset = TimeSpan.FromHours(8);
        private static readonly string[] ChinaTimeFormats = { "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd" };

        private readonly string _recordKind;
        private List<FieldWarning>? _warnings;
        private List<string>? _nesting;

        /// <param name="recordKind">What is read, e.g. "PPIO endpoint"; with <paramref name="recordId"/> it names the record in warnings.</param>
        public FieldReader(string recordKind, string? recordId = null)
        {
            _recordKind = recordKind;
            RecordId = recordId;
        }

        /// <summary>The id that names the record in warnings; it may be set after fields were read (a record reader meets the id wherever the server put it).</summary>
        public string? RecordId { get; set; }

        public bool HasWarnings => _warnings != null;

        public IReadOnlyList<string> Warnings => _warnings == null
            ? (IReadOnlyList<string>)Array.Empty<string>()
            : _warnings.Select(warning => string.Format(CultureInfo.InvariantCulture, "{0}: field '{1}' should be {2} but the server sent {3}; it is left empty.", RecordId == null ? _recordKind : _recordKind + " '" + RecordId + "'", warning.Field, warning.Expected, warning.Shown)).ToList();

        public string? Text(ref Utf8JsonReader reader, string field) => Text(WireValue.Read(ref reader), field);

        /// <summary>
        /// The record's id as text; it also becomes <see cref="RecordId"/>, taken from the value as the server sent it
        /// (as the wire mappers named records), so even an id of the wrong shape names the record in warnings.
        /// </summary>
        public string? Id(ref Utf8JsonReader reader, string field)
        {
            var value = WireValue.Read(ref reader);
            RecordId = value.Text;
            return Text(value, field);
        }

        public long? Int64(ref Utf8JsonReader reader, string field) => Int64(WireValue.Read(ref reader), field);

        public int? Int32(ref Utf8JsonReader reader, string field) => Int32(WireValue.Read(ref reader), field);

        public bool? Boolean(ref Utf8JsonReader reader, string field) => Boolean(WireValue.Read(ref reader), field);

        public DateTimeOffset? UnixSeconds(ref Utf8JsonReader reader, string field) => UnixSeconds(WireValue.Read(ref reader), field);

        public DateTimeOffset? UnixMilliseconds(ref Utf8JsonReader reader, string field) => UnixMilliseconds(WireValue.Read(ref reader), field);

        public DateTimeOffset? ChinaTime(ref Utf8JsonReader reader, string field) => ChinaTime(WireValue.Read(ref reader), field);

        public string? OptionalText(ref Utf8JsonReader reader, string field) => OptionalText(WireValue.Read(ref reader), field);

        /// <summary>
        /// Reads inside the nested object <paramref name="field"/> until <see cref="EndNested"/>: the fields named meanwhile
        /// are its fields, and warnings name them by their whole path ("workers.state.state"). The path is only joined into a
        /// text when a warning needs it.
        /// </summary>
        public void BeginNested(string field) => (_nesting ??= new List<string>()).Add(field);

        public void EndNested() => _nesting!.RemoveAt(_nesting.Count - 1);

        /// <summary>The whole path of <paramref name="field"/> in the record, e.g. "servers.endpoints.ssh_keys".</summary>
        public string PathOf(string field) => _nesting == null || _nesting.Count == 0 ? field : string.Join(".", _nesting) + "." + field;

        /// <summary>Records that the server sent <paramref name="shown"/> (e.g. "an array") where <paramref name="expected"/> belongs.</summary>
        public void WrongShape(string field, string expected, string shown) => Warn(field, expected, shown);

        public string? Text(WireValue value, string field)
        {
            switch (value.Kind)
            {
                case WireValueKind.String:
                case WireValueKind.Number:
                case WireValueKind.True:
                case WireValueKind.False:
                    return value.Text;
                case WireValueKind.Unreadable:
                    Warn(field, "text", value);
                    return null;
                default:
                    return null;
            }
        }

        /// <summary>Text where the provider writes "--" for "no value".</summary>
        public string? OptionalText(WireValue value, string field)
        {
            var text = Text(value, field);
            return IsBlank(text) ? null : text;
        }

        public long? Int64(WireValue value, string field)
        {
            if (value.WholeNumber != null)
            {
                return value.WholeNumber;
            }

            if (!HasNumberText(value, field, "a whole number", out var text))
            {
                return null;
            }

            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
            {
                return whole;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && Math.Abs(real) < 9e15)
            {
                return (long)real;
            }

            Warn(field, "a whole number", value);
            return null;
        }

        public int? Int32(WireValue value, string field)
        {
            var whole = Int64(value, field);
            if (whole == null)
            {
                return null;
            }

            if (whole.Value < int.MinValue || whole.Value > int.MaxValue)
            {
                Warn(field, "a 32-bit whole number", value);
                return null;
            }

            return (int)whole.Value;
        }

        public bool? Boolean(WireValue value, string field)
        {
            switch (value.Kind)
            {
                case WireValueKind.True:
                    return true;
                case WireValueKind.False:
                    return false;
                case WireValueKind.String:
                case WireValueKind.Number:
                    if (IsBlank(value.Text))
                    {
                        return null;
                    }

                    if (bool.TryParse(value.Text, out var parsed))
                    {
                        return parsed;
                    }

                    if (value.Text == "1" || value.Text == "0")
                    {
                        return value.Text == "1";
                    }

                    Warn(field, "true or false", value);
                    return null;
                case WireValueKind.Unreadable:
                    Warn(field, "true or false", value);
                    return null;
                default:
                    return null;
            }
        }

        /// <summary>Unix time in seconds, as a number or a string; 0 means "not set".</summary>
        public DateTimeOffset? UnixSeconds(WireValue value, string field) => FromEpoch(value, field, 1000);

        /// <summary>Unix time in milliseconds; 0 means "not set".</summary>
        public DateTimeOffset? UnixMilliseconds(WireValue value, string field) => FromEpoch(value, field, 1);

        /// <summary>A wall-clock time in China Standard Time (UTC+8), such as "2022-05-11 19:30:34".</summary>
        public DateTimeOffset? ChinaTime(WireValue value, string field)
        {
            var text = Text(value, field);
            if (IsBlank(text))
            {
                return null;
            }

            if (DateTime.TryParseExact(text!.Trim(), ChinaTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return new DateTimeOffset(local, ChinaStandardTimeOffset).ToUniversalTime();
            }

            Warn(field, "a time such as 2022-05-11 19:30:34", value);
            return null;
        }

        private DateTimeOffset? FromEpoch(WireValue value, string field, long millisecondsPerUnit)
        {
            var whole = Int64(value, field);
            if (whole == null || whole.Value == 0)
            {
                return null;
            }

            try
            {
                return DateTimeOffset.FromUnixTimeMilliseconds(checked(whole.Value * millisecondsPerUnit));
            }
            catch (Exception exception) when (exception is ArgumentOutOfRangeException || exception is OverflowException)
            {
                Warn(field, "a Unix time", value);
                return null;
            }
        }

        private bool HasNumberText(WireValue value, string field, string expected, out string text)
        {
            text = string.Empty;
            switch (value.Kind)
            {
                case WireValueKind.Number:
                case WireValueKind.String:
                    if (IsBlank(value.Text))
                    {
                        return false;
                    }

                    text = value.Text!.Trim();
                    return true;
                case WireValueKind.True:
                case WireValueKind.False:
                case WireValueKind.Unreadable:
                    Warn(field, expected, value);
                    return false;
                default:
                    return false;
            }
        }

        private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text) || text!.Trim() == "--";

        private void Warn(string field, string expected, WireValue value) =>
            Warn(field, expected, value.Kind == WireValueKind.Unreadable ? value.Text : "'" + Shorten(value.Text) + "'");

        private void Warn(string field, string expected, string? shown) => (_warnings ??= new List<FieldWarning>()).Add(new FieldWarning(PathOf(field), expected, shown));

        private readonly struct FieldWarning
        {
            public FieldWarning(string field, string expected, string? shown)
            {
                Field = field;
                Expected = expected;
                Shown = shown;
            }

            public string Field { get; }

            public string Expected { get; }

            public string? Shown { get; }
        }

        private static string Shorten(string? text) => text == null ? string.Empty : text.Length <= 40 ? text : text.Substring(0, 40) + "...";
    }
}
