"""Our LlamaCppBackend vs raw llama-cpp-python: same model instance, same prompt, alternating.

Prints tokens/s of both and the ratio (target >= 0.95), then CPU vs GPU tokens/s of our backend
when llama.cpp reports GPU offload support (else says the GPU part was skipped).
Run: .venv/bin/python bench/llm_overhead.py [--skip-gpu]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drafting.backends.base import ChatMessage
from drafting.backends.llama import LlamaCppBackend, gpu_offload_supported
from settings import load_settings

PROMPT = "请用三句话说明：被催收人员骚扰通讯录联系人时，借款人应当先做哪些事？"


def raw_call(llama, max_tokens: int) -> tuple[int, float]:
    """The raw call our backend wraps; the state reset matches ours (reproducible drafts)."""
    started = time.perf_counter()
    llama.reset()
    tokens = 0
    for chunk in llama.create_chat_completion(
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=max_tokens,
        temperature=0.0,
        seed=0,
        stream=True,
    ):
        if chunk["choices"][0]["delta"].get("content"):
            tokens += 1
    return tokens, time.perf_counter() - started


def wrapped_call(backend: LlamaCppBackend, max_tokens: int) -> tuple[int, float]:
    started = time.perf_counter()
    tokens = sum(1 for _ in backend.generate([ChatMessage("user", PROMPT)], max_tokens=max_tokens))
    return tokens, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--skip-gpu", action="store_true", help="only the overhead part")
    args = parser.parse_args()
    settings = load_settings()
    backend = LlamaCppBackend(
        settings.llm_model_path, n_threads=settings.n_threads, n_ctx=settings.n_ctx
    )
    llama = backend.llama  # one model instance serves both sides
    raw_call(llama, 8)  # warm-up
    raw_rates, ours_rates = [], []
    for round_index in range(args.rounds):
        # Alternate the order so drift (thermal, other load) hits both sides alike.
        order = ("raw", "ours") if round_index % 2 == 0 else ("ours", "raw")
        for side in order:
            if side == "raw":
                tokens, seconds = raw_call(llama, args.max_tokens)
                raw_rates.append(tokens / seconds)
            else:
                tokens, seconds = wrapped_call(backend, args.max_tokens)
                ours_rates.append(tokens / seconds)
    raw_median = statistics.median(raw_rates)
    ours_median = statistics.median(ours_rates)
    print(
        f"machine: {platform.machine()}, Python {platform.python_version()}, "
        f"n_threads={settings.n_threads}"
    )
    print(f"model: {settings.llm_model_path.name}, {args.rounds} rounds x {args.max_tokens} tokens")
    print(f"raw llama-cpp-python : {raw_median:6.2f} tok/s  {[round(r, 1) for r in raw_rates]}")
    print(f"ContactShield backend: {ours_median:6.2f} tok/s  {[round(r, 1) for r in ours_rates]}")
    print(f"ratio ours/raw       : {ours_median / raw_median:.3f}  (target >= 0.95)")
    if not args.skip_gpu:
        cpu_vs_gpu(settings, args.rounds, args.max_tokens, cpu_rates=ours_rates)


def cpu_vs_gpu(settings, rounds: int, max_tokens: int, *, cpu_rates: list[float]) -> None:
    """Tokens/s of our backend with every layer on the GPU, next to the CPU figures above."""
    print("\nCPU vs GPU (ContactShield backend, same prompt):")
    if not gpu_offload_supported():
        print(
            "GPU: skipped — this llama-cpp-python build has no GPU offload "
            "(build one with `make run GPU=cuda`; Metal is built in on macOS)"
        )
        return
    gpu = LlamaCppBackend(
        settings.llm_model_path, n_threads=settings.n_threads, n_ctx=settings.n_ctx, n_gpu_layers=-1
    )
    wrapped_call(gpu, 8)  # warm-up (loads the model onto the GPU)
    gpu_rates = [wrapped_call(gpu, max_tokens) for _ in range(rounds)]
    rates = [tokens / seconds for tokens, seconds in gpu_rates]
    cpu_median, gpu_median = statistics.median(cpu_rates), statistics.median(rates)
    print(f"CPU ({settings.n_threads} threads)  : {cpu_median:7.2f} tok/s")
    print(f"GPU (all layers)   : {gpu_median:7.2f} tok/s  {[round(r, 1) for r in rates]}")
    print(f"speed-up GPU/CPU   : {gpu_median / cpu_median:.1f}x")


if __name__ == "__main__":
    main()
