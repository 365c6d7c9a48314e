using System;
using System.Text.Json;

namespace GpuCloud.Core.Json
{
    /// <summary>
    /// Reads the value of the property called <paramref name="name"/> (the reader is on the value) into <paramref name="record"/>;
    /// false when the record has no such property, and the caller passes the value over.
    /// </summary>
    internal delegate bool PropertyReader<in T>(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, T record);
}
