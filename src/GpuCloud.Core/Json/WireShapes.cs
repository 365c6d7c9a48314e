using System.Text.Json;

namespace GpuCloud.Core.Json
{
    internal static class WireShapes
    {
        /// <summary>Names what the reader is on ("a string", "an array", ...) and moves past it.</summary>
        public static string Describe(ref Utf8JsonReader reader)
        {
            string shape;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    shape = "an array";
                    break;
                case JsonTokenType.StartObject:
                    shape = "an object";
                    break;
                case JsonTokenType.String:
                    shape = "a string";
                    break;
                case JsonTokenType.Number:
                    shape = "a number";
                    break;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    shape = "true or false";
                    break;
                default:
                    shape = "null";
                    break;
            }

            reader.Skip();
            return shape;
        }
    }
}
