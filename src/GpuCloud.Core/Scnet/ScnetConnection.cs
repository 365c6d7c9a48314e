using System;

namespace GpuCloud.Core.Scnet
{
    /// <summary>Where SCNet's AI service answers (the base under which /ai/openapi/v2/... is requested) and its tokens.</summary>
    public sealed class ScnetConnection
    {
        public ScnetConnection(Uri aiBaseUri, IScnetTokenSource tokens)
        {
            AiBaseUri = NormalizeAiBase(aiBaseUri);
            Tokens = tokens;
        }

        public Uri AiBaseUri { get; }

        public IScnetTokenSource Tokens { get; }

        /// <summary>SCNet reports AI service URLs ending in "/ai"; requests add "/ai/openapi/v2/..." themselves.</summary>
        public static Uri NormalizeAiBase(Uri uri)
        {
            var text = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
            if (text.EndsWith("/ai", StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(0, text.Length - 3);
            }

            return new Uri(text + "/");
        }
    }
}
