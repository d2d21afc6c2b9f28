"""Run one command in a fresh process tree and measure it.

- wall time of the whole process (interpreter start and imports included, the
  same for every tool);
- CPU time (user + system) of the process and every worker it waited for;
- peak RSS of the largest single process (``wait4``'s ``ru_maxrss``: what the
  kernel recorded, exact);
- peak memory of the whole tree, sampled every ``interval`` seconds as the sum
  of PSS (proportional set size: pages shared between a parent and its forked
  workers counted once), from ``/proc/PID/smaps_rollup``. Sampling can miss a
  short spike; it is a floor, good to a few MB for multi-second runs;
- how busy the rest of the machine was meanwhile: CPU time used outside the
  measured tree (``/proc/stat`` minus the tree's own), in cores. On a shared
  2-core machine another job can slow a run by half; such runs are flagged
  so the report can leave them out of the medians.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass


@dataclass
class Measured:
    wall: float
    cpu: float
    max_rss_mb: float  # largest single process
    tree_pss_mb: float  # sampled sum over the tree
    returncode: int
    others_cores: float  # average CPU used outside the measured tree, in cores


def _busy_seconds() -> float | None:
    """CPU time the whole machine spent busy since boot (all cores), from /proc/stat."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = [int(v) for v in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    # user nice system idle iowait irq softirq steal: everything but idle and iowait
    busy = sum(fields[:3]) + sum(fields[5:8])
    return busy / os.sysconf("SC_CLK_TCK")


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    return children


def _tree(root: int) -> list[int]:
    children = _children_map()
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    try:  # no smaps_rollup: RSS (counts shared pages once per process)
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError):
        return 0


class _TreeSampler(threading.Thread):
    def __init__(self, root: int, interval: float):
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.peak_kb = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            total = sum(_pss_kb(pid) for pid in _tree(self.root))
            self.peak_kb = max(self.peak_kb, total)
            self.done.wait(self.interval)


def run_measured(
    argv: list[str], log_path: str, env: dict | None = None, interval: float = 0.1
) -> Measured:
    """Run ``argv`` with stdout and stderr to ``log_path``; wait for it and measure."""
    with open(log_path, "wb") as log:
        busy_before = _busy_seconds()
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, env=env)
        sampler = _TreeSampler(process.pid, interval)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        busy_after = _busy_seconds()
        sampler.done.set()
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    others = 0.0
    if busy_before is not None and busy_after is not None and wall > 0:
        others = max(0.0, (busy_after - busy_before - cpu) / wall)
    return Measured(
        wall=wall,
        cpu=cpu,
        max_rss_mb=usage.ru_maxrss / 1024,
        tree_pss_mb=sampler.peak_kb / 1024,
        returncode=process.returncode,
        others_cores=others,
    )


def tail(path: str, lines: int = 30) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return "".join(handle.readlines()[-lines:])
    except OSError:
        return ""
