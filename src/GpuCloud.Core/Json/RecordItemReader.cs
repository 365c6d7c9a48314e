using System.Text.Json;

namespace GpuCloud.Core.Json
{
    /// <summary>Reads the value the reader is on into a record, or gives null (the value passed over) when it holds none.</summary>
    internal delegate T? RecordItemReader<T>(ref Utf8JsonReader reader, FieldReader read)
        where T : class;
}
