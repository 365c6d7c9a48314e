using System.Threading.Tasks;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.Scnet
{
    /// <summary>Where SCNet calls get their token: given as is, or obtained and renewed from a login.</summary>
    public interface IScnetTokenSource
    {
        bool CanRenew { get; }

        Task<ScnetToken> CurrentAsync(CallContext call);

        /// <summary>A fresh token after the server refused <paramref name="refused"/> as expired or invalid.</summary>
        Task<ScnetToken> RenewAsync(ScnetToken refused, CallContext call);
    }
}
