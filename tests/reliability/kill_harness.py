"""SIGKILL at a random moment: a zygote process imports the program once, then forks one child per
trial; the test kills the child after a random delay and checks the database.

Forking from a clean Python process (no Qt, no threads, no open database) makes a trial cost
the operation itself, not an interpreter start-up, so CI affords hundreds of them.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ZYGOTE = r"""
import json, os, sys, time, traceback
from tests.reliability.kill_targets import TARGETS
os.write(1, b"ready\n")
for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        try:
            os.write(1, f"go {os.getpid()}\n".encode())
            start = time.perf_counter()
            TARGETS[job["target"]](job["db"], job["arg"])
            os.write(1, f"done {time.perf_counter() - start:.6f}\n".encode())
            os._exit(0)
        except BaseException:
            os.write(1, ("error " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    os.write(1, f"exit {status}\n".encode())
"""

# How many trials each target gets in CI (240 in all); KINERJA_RELIABILITY_TRIALS sets the total.
SHARES = {"save": 0.25, "import": 0.2, "migrate": 0.15, "backup": 0.2, "restore": 0.2}
CI_TOTAL = 240


def trials_for(target: str) -> int:
    total = int(os.environ.get("KINERJA_RELIABILITY_TRIALS", CI_TOTAL))
    return max(1, round(total * SHARES[target]))


def seed() -> int:
    return int(os.environ.get("KINERJA_RELIABILITY_SEED", "20261204"))


@dataclass
class Outcome:
    killed: bool          # SIGKILL arrived before the operation finished
    finished: bool        # the operation reported done (a kill may still land while it exits)
    elapsed: float        # the operation's own time when it finished


class Zygote:
    def __init__(self):
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env.pop("QT_QPA_PLATFORM", None)
        self.proc = subprocess.Popen([sys.executable, "-c", ZYGOTE], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, bufsize=1)
        assert self._line() == "ready"

    def _line(self) -> str:
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"zygote ended (exit {self.proc.poll()})")
        return line.strip()

    def run(self, target: str, db: Path, arg, kill_after: float | None) -> Outcome:
        self.proc.stdin.write(json.dumps({"target": target, "db": str(db), "arg": arg}) + "\n")
        self.proc.stdin.flush()
        line = self._line()
        assert line.startswith("go "), line
        pid = int(line.split()[1])
        if kill_after is not None:
            time.sleep(kill_after)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        finished, elapsed = False, 0.0
        while True:
            line = self._line()
            if line.startswith("done "):
                finished, elapsed = True, float(line.split()[1])
            elif line.startswith("error "):
                raise AssertionError(f"{target} failed in the child: {line[6:]}")
            elif line.startswith("exit "):
                status = int(line.split()[1])
                killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                return Outcome(killed and not finished, finished, elapsed)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def kill_delays(rng: random.Random, duration: float, n: int) -> list[float]:
    """Random moments spread over the operation (and a little past its end, where a kill lands
    during the commit or after it)."""
    return [rng.uniform(0, duration * 1.25) for _ in range(n)]
