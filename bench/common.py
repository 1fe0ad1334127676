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


def child(argv: list[str]) -> tuple[float, float]:
    """Run a command (its output to /dev/null); return its wall time in seconds and its peak
    resident memory in MB. A small launcher process starts it: a child forked straight from
    this (large) process would count this process's pages in its own peak."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "bench.common", *argv], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(f"{argv[:4]} failed: {out.stderr[-500:]}")
    return elapsed, int(out.stdout.split()[-1]) / 1024


def _launch(argv: list[str]) -> int:
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    print(usage.ru_maxrss)
    return code


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


if __name__ == "__main__":
    sys.exit(_launch(sys.argv[1:]))
