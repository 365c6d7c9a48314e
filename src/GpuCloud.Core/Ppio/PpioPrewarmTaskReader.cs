using System;
using System.Text.Json;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Ppio
{
    /// <summary>Reads a PPIO image prewarm task record (GET /gpu-instance/openapi/v1/image/prewarm) straight into an <see cref="ImagePrewarmTask"/>.</summary>
    internal sealed class PpioPrewarmTaskReader : RecordReader<ImagePrewarmTask>
    {
        private static readonly RecordShape<PrewarmProduct> ProductShape = new RecordShape<PrewarmProduct>(() => new PrewarmProduct(), ProductProperty);

        public PpioPrewarmTaskReader()
            : base("PPIO prewarm task")
        {
        }

        protected override ImagePrewarmTask Create() => new ImagePrewarmTask { Provider = CloudProvider.Ppio };

        protected override bool ReadProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, ImagePrewarmTask task)
        {
            if (JsonRecord.Is(name, "id"u8))
            {
                task.Id = read.Id(ref reader, "id");
            }
            else if (JsonRecord.Is(name, "imagename"u8))
            {
                task.ImageName = read.Text(ref reader, "imageName");
            }
            else if (JsonRecord.Is(name, "imageurl"u8))
            {
                task.ImageUrl = read.Text(ref reader, "imageUrl");
            }
            else if (JsonRecord.Is(name, "repositoryauth"u8))
            {
                task.RepositoryAuth = read.Text(ref reader, "repositoryAuth");
            }
            else if (JsonRecord.Is(name, "clusterid"u8))
            {
                task.ClusterId = read.Text(ref reader, "clusterId");
            }
            else if (JsonRecord.Is(name, "clustername"u8))
            {
                task.ClusterName = read.Text(ref reader, "clusterName");
            }
            else if (JsonRecord.Is(name, "products"u8))
            {
                task.Products = JsonRecord.List(ref reader, read, "products", ProductShape);
            }
            else if (JsonRecord.Is(name, "imagesize"u8))
            {
                task.ImageSize = read.Int64(ref reader, "imageSize");
            }
            else if (JsonRecord.Is(name, "createtime"u8))
            {
                task.CreateTime = read.UnixSeconds(ref reader, "createTime");
            }
            else if (JsonRecord.Is(name, "state"u8))
            {
                task.State = read.Text(ref reader, "state");
            }
            else if (JsonRecord.Is(name, "completetime"u8))
            {
                task.CompleteTime = read.UnixSeconds(ref reader, "completeTime");
            }
            else if (JsonRecord.Is(name, "note"u8))
            {
                task.Note = read.Text(ref reader, "note");
            }
            else if (JsonRecord.Is(name, "reason"u8))
            {
                task.Reason = JsonRecord.TextList(ref reader);
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool ProductProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, PrewarmProduct product)
        {
            if (JsonRecord.Is(name, "productid"u8))
            {
                product.ProductId = read.Text(ref reader, "productId");
            }
            else if (JsonRecord.Is(name, "productname"u8))
            {
                product.ProductName = read.Text(ref reader, "productName");
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
