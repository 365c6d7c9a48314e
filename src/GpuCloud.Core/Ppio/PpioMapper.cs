using System.Collections.Generic;
using System.Linq;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Ppio
{
    /// <summary>PPIO wire records to output objects.</summary>
    internal static class PpioMapper
    {
        public static ImagePrewarmTask ToPrewarmTask(PpioPrewarmTaskWire wire, List<string> warnings)
        {
            var read = new FieldReader("PPIO prewarm task", wire.Id.Text);
            var task = new ImagePrewarmTask
            {
                Provider = CloudProvider.Ppio,
                Id = read.Text(wire.Id, "id"),
                ImageName = read.Text(wire.ImageName, "imageName"),
                ImageUrl = read.Text(wire.ImageUrl, "imageUrl"),
                RepositoryAuth = read.Text(wire.RepositoryAuth, "repositoryAuth"),
                ClusterId = read.Text(wire.ClusterId, "clusterId"),
                ClusterName = read.Text(wire.ClusterName, "clusterName"),
                Products = ReadableList<PrewarmProduct>.Of(read.Items(wire.Products, "products")?.Select(product => new PrewarmProduct
                {
                    ProductId = read.Text(product.ProductId, "products.productId"),
                    ProductName = read.Text(product.ProductName, "products.productName"),
                })),
                ImageSize = read.Int64(wire.ImageSize, "imageSize"),
                CreateTime = read.UnixSeconds(wire.CreateTime, "createTime"),
                State = read.Text(wire.State, "state"),
                CompleteTime = read.UnixSeconds(wire.CompleteTime, "completeTime"),
                Note = read.Text(wire.Note, "note"),
                Reason = ReadableList<string>.Of(wire.Reason?.Items),
            };
            warnings.AddRange(read.Warnings);
            return task;
        }
    }
}
