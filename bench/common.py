"""Shared by the benchmarks: the demo databases they run on and a timer that prints figures."""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

# KINERJA_BENCH_OUT lets a run use its own folder without disturbing another run's databases.
OUT = Path(os.environ.get("KINERJA_BENCH_OUT", Path(__file__).resolve().parent / "out"))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def demo_db(scale: int) -> Path:
    """bench/out/scale{N}.db, built once and reused (delete it to rebuild)."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"scale{scale}.db"
    if not path.exists():
        from kinerja_desktop.services.demo import build_demo_database

        build_demo_database(path, scale=scale)
    return path


def timed(label: str, fn, repeat: int = 5) -> float:
    """Run fn `repeat` times; print and return the median in milliseconds."""
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    print(f"{label:<60} {median:10.1f} ms  (min {min(times):.1f}, n={repeat})")
    return median
