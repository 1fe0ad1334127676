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


def child(argv: list[str], stdout=subprocess.DEVNULL) -> tuple[float, float]:
    """Run a command; return its wall time in seconds and its peak resident memory in MB
    (the child's own ru_maxrss, from wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=stdout)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:4]} failed with exit code {proc.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def side_by_side(label: str, program: list[str], baseline: list[str], runs: int = 3) -> float:
    """Run program and baseline alternately `runs` times; print best and median of each, the
    ratio of the best times, and the peak memory of both. Returns the ratio."""
    p_times, b_times, p_mem, b_mem = [], [], 0.0, 0.0
    for _ in range(runs):
        t, m = child(baseline)
        b_times.append(t)
        b_mem = max(b_mem, m)
        t, m = child(program)
        p_times.append(t)
        p_mem = max(p_mem, m)
    ratio = min(p_times) / min(b_times)
    print(f"{label:<44} program {min(p_times):7.2f} s (median {statistics.median(p_times):.2f}, {p_mem:5.0f} MB)"
          f" | raw {min(b_times):7.2f} s (median {statistics.median(b_times):.2f}, {b_mem:5.0f} MB)"
          f" | ratio {ratio:.2f}x", flush=True)
    return ratio
