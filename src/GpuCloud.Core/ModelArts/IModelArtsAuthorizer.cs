using System.Net.Http;
using System.Threading.Tasks;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.ModelArts
{
    /// <summary>How a ModelArts request proves who sends it: an AK/SK signature or an IAM token.</summary>
    public interface IModelArtsAuthorizer
    {
        /// <summary>A name for the context and errors: "AK/SK" or "IAM token"; never the secret.</summary>
        string Method { get; }

        Task AuthorizeAsync(HttpRequestMessage request, CallContext call);

        /// <summary>After the gateway refused the credentials: obtains new ones if it can (an IAM sign-in), else false.</summary>
        Task<bool> RenewAsync(CallContext call);
    }
}
