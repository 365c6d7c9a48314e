using System.Text.Json;

namespace GpuCloud.Core.Json
{
    /// <summary>Reads one listing record straight into its output object (see <see cref="JsonRecord"/>).</summary>
    internal abstract class RecordReader<T>
        where T : class
    {
        protected RecordReader(string recordKind)
        {
            RecordKind = recordKind;
        }

        /// <summary>What the record is called in warnings, e.g. "PPIO endpoint".</summary>
        public string RecordKind { get; }

        /// <summary>Reads the object the reader is on, to its end; sets <see cref="FieldReader.RecordId"/> when it meets the id.</summary>
        public abstract T Read(ref Utf8JsonReader reader, FieldReader read);
    }
}
