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

        /// <summary>
        /// Goes up each time new credentials are obtained. Read before a request is sent and handed to
        /// <see cref="RenewAsync"/> when it is refused, it tells whether another request has replaced them already.
        /// </summary>
        int CredentialsVersion { get; }

        Task AuthorizeAsync(HttpRequestMessage request, CallContext call);

        /// <summary>
        /// After the gateway refused credentials of <paramref name="refusedVersion"/>: obtains new ones if it can (an IAM
        /// sign-in) unless a concurrent request already did, and says whether there are new ones to try; false when it cannot.
        /// </summary>
        Task<bool> RenewAsync(int refusedVersion, CallContext call);
    }
}
