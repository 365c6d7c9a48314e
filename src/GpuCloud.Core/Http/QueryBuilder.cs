using System;
using System.Collections.Generic;
using System.Text;

namespace GpuCloud.Core.Http
{
    /// <summary>Builds a request URI under a base URI: escaped path segments and query values.</summary>
    internal sealed class QueryBuilder
    {
        private readonly Uri _baseUri;
        private readonly StringBuilder _path = new StringBuilder();
        private readonly List<KeyValuePair<string, string>> _query = new List<KeyValuePair<string, string>>();

        public QueryBuilder(Uri baseUri)
        {
            _baseUri = baseUri;
        }

        /// <summary>A literal path, such as "/gpu-instance/openapi/v1/endpoint".</summary>
        public QueryBuilder Path(string literal)
        {
            _path.Append(literal.StartsWith("/", StringComparison.Ordinal) ? literal : "/" + literal);
            return this;
        }

        /// <summary>A value placed in the path, escaped so it stays one segment.</summary>
        public QueryBuilder Segment(string value)
        {
            _path.Append('/').Append(Uri.EscapeDataString(value));
            return this;
        }

        public QueryBuilder Query(string name, string? value)
        {
            if (value != null)
            {
                _query.Add(new KeyValuePair<string, string>(name, value));
            }

            return this;
        }

        public QueryBuilder Query(string name, long value) => Query(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public Uri Build()
        {
            var text = new StringBuilder(_baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
            text.Append(_path);
            for (var i = 0; i < _query.Count; i++)
            {
                text.Append(i == 0 ? '?' : '&').Append(Uri.EscapeDataString(_query[i].Key)).Append('=').Append(Uri.EscapeDataString(_query[i].Value));
            }

            return new Uri(text.ToString(), UriKind.Absolute);
        }
    }
}
