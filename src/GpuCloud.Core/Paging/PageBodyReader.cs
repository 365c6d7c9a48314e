using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Http;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Paging
{
    /// <summary>Reads one listing page from the response stream: the page's records, field warnings reported, the server's total.</summary>
    internal static class PageBodyReader
    {
        /// <summary>A page whose records the page type's <see cref="RecordListConverter{TReader, T}"/> read straight into output objects.</summary>
        public static async Task<Page<TItem>> ReadAsync<TPage, TItem>(
            Stream body,
            JsonTypeInfo<TPage> typeInfo,
            Func<TPage, MappedList<TItem>?> itemsOf,
            Func<TPage, WireValue> totalOf,
            string listing,
            CallContext call,
            CancellationToken cancellationToken)
            where TPage : class
        {
            TPage? wire;
            using (var bytes = await BodyBuffer.ReadAsync(body, cancellationToken).ConfigureAwait(false))
            {
                wire = JsonSerializer.Deserialize(bytes.Span, typeInfo);
            }

            var records = wire == null ? null : itemsOf(wire);
            records?.Warnings?.ForEach(call.Diagnostics.Warning);
            return new Page<TItem>((IReadOnlyList<TItem>?)records?.Items ?? Array.Empty<TItem>(), wire == null ? null : new FieldReader(listing).Int64(totalOf(wire), "total"));
        }
    }
}
