namespace GpuCloud.Emulator.Data;

/// <summary>Realistic names the generators draw from.</summary>
internal static class Catalog
{
    public static readonly (string Id, string Name)[] PpioProducts =
    [
        ("4090.18c.60g.18c60g", "RTX 4090 24GB 18c"),
        ("4090.24c.90g.24c90g", "RTX 4090 24GB 24c"),
        ("a100.40g", "A100 SXM 40GB"),
        ("a100.80g", "A100 SXM 80GB"),
        ("h100.80g", "H100 SXM 80GB"),
        ("l40s.48g", "L40S 48GB"),
        ("3090.12c.45g", "RTX 3090 24GB"),
    ];

    public static readonly (string Id, string Name)[] PpioClusters =
    [
        ("cn-dev-1", "v2测试(cn-dev-1)"),
        ("cn-north-1", "华北一区(cn-north-1)"),
        ("cn-east-1", "华东一区(cn-east-1)"),
        ("cn-south-1", "华南一区(cn-south-1)"),
        ("ap-southeast-1", "新加坡(ap-southeast-1)"),
    ];

    public static readonly string[] AppNames = ["sd-webui", "comfyui", "vllm-qwen", "whisper-asr", "llama-chat", "flux-dev", "tts-service", "embedding-api"];

    public static readonly string[] NameWords = ["prod", "staging", "test", "demo", "canary", "batch", "eval", "beta"];

    public static readonly (string Image, string Command, string Cuda)[] EndpointImages =
    [
        ("vllm/vllm-openai:v0.6.3", "python3 -m vllm.entrypoints.openai.api_server --model /models/qwen", "12.4"),
        ("ghcr.io/ai-dock/comfyui:latest", "/opt/ai-dock/bin/init.sh", "12.1"),
        ("registry.ppinfra.com/public/sd-webui:1.10", "python launch.py --listen --api", "12.1"),
        ("onerahmet/openai-whisper-asr-webservice:latest-gpu", "", "11.8"),
        ("pytorch/pytorch:2.4.0-cuda12.4-cudnn9-runtime", "python serve.py", "12.4"),
    ];

    public static readonly (string Name, string Url)[] PrewarmImages =
    [
        ("pytorch", "test-image.ppinfra.com/test-public/pytorch:v2"),
        ("vllm-openai", "vllm/vllm-openai:v0.6.3"),
        ("comfyui", "ghcr.io/ai-dock/comfyui:latest"),
        ("nginx", "nginx"),
        ("cuda", "nvidia/cuda:12.4.1-devel-ubuntu22.04"),
        ("sd-webui", "registry.ppinfra.com/public/sd-webui:1.10"),
        ("tensorflow", "tensorflow/tensorflow:2.16.1-gpu"),
    ];

    public static readonly string[] PrewarmNotes = ["", "", "warm before launch", "nightly build", "Customer demo", "llm serving"];

    public static readonly string[] ModelArtsFlavors =
    [
        "kat3ne-8.48xlarge.8.800t.matrix",
        "kat2ne.48xlarge.8.ei.pod101",
        "snt9b.4xlarge.8.ei.pod102",
        "pnt1.8xlarge.4",
    ];

    public static readonly string[] ModelArtsHyperStatuses = ["ACTIVE", "ACTIVE", "ACTIVE", "CREATING", "STOPPED", "ERROR", "DELETING"];

    public static readonly string[] ModelArtsServerStatuses = ["RUNNING", "RUNNING", "RUNNING", "CREATING", "STOPPED", "ERROR"];

    public static readonly string[] ScnetStatuses = ["Running", "Running", "Terminated", "Waiting", "Failed", "Deploying"];

    public static readonly (string Version, string Path)[] ScnetImages =
    [
        ("jupyter:4.4-py3.7-cpu", "10.0.35.26:5000/gpu/admin/base/jupyter:4.4-py3.7-cpu"),
        ("pytorch:2.1.0-py3.10-cuda12.1", "10.0.35.26:5000/gpu/admin/base/pytorch:2.1.0-py3.10-cuda12.1"),
        ("tensorflow:2.13-py3.10-cuda11.8", "10.0.35.26:5000/gpu/admin/base/tensorflow:2.13-py3.10-cuda11.8"),
        ("pytorch:2.1.0-ubuntu20.04-dtk24.04", "10.0.35.26:5000/dcu/admin/base/pytorch:2.1.0-ubuntu20.04-dtk24.04"),
        ("vscode:1.85-py3.10", "10.0.35.26:5000/gpu/admin/base/vscode:1.85-py3.10"),
    ];
}
