"""`make bench` works end to end on a tiny corpus (figures are checked by the bench, not here)."""

from __future__ import annotations

import json

import pytest

from tools import bench


@pytest.mark.slow
def test_bench_measures_every_figure_in_one_run(tmp_path, capsys):
    dest = tmp_path / "bench.json"
    bench.main(["--n", "24", "--peers", "8", "--repeats", "2", "--json", str(dest)])
    fig = json.loads(dest.read_text(encoding="utf-8"))
    assert fig["n"] == 24 and fig["exit_code"] == 0
    for key in ("floor_ms", "cold_ms", "warm_ms", "python_docx_ms", "docx2python_ms", "peak_mb", "cold_cpu_ms"):
        assert fig[key] > 0, key
    assert len(fig["floor_turns_ms"]) == fig["cold_runs"] and fig["floor_ms"] in fig["floor_turns_ms"]
    assert fig["cold_marginal_ms"] >= 0  # at N=24 on a busy machine the start-up can be all of it
    assert fig["warm_ms"] < fig["cold_ms"], "the second run is served from the cache"
    assert [c["n"] for c in fig["curve"]] == [24]
    printed = capsys.readouterr().out
    assert "x floor" in printed and ("PASS" in printed or "FAIL" in printed)
    assert "cores busy on average" in printed and 0 < fig["cold_cores_busy"] <= fig["cores"] + 0.5
    assert set(fig["checks"]) >= {"warm <= 10% of cold", ">= 5x faster than docx2python",
                                  "issue 20: one-document run <= 1.5 s"}
    assert fig["checks"]["issue 20: cold per document, start-up apart, <= 6x floor at 2,000"] is None  # N < 2,000


def test_peak_memory_counts_the_whole_process_tree(tmp_path):
    """The memory figure covers grandchildren too (the fork server's workers are the command's grandchildren)."""
    import subprocess
    import sys
    import time

    ready = tmp_path / "ready"
    leaf = tmp_path / "leaf.py"
    leaf.write_text("import pathlib, sys, time\nblock = b'x' * (80 * 2**20)\npathlib.Path(sys.argv[1]).touch()\n"
                    "time.sleep(30)\n")
    middle = tmp_path / "middle.py"
    middle.write_text("import subprocess, sys, time\nsubprocess.Popen([sys.executable, sys.argv[1], sys.argv[2]])\n"
                      "time.sleep(30)\n")
    top = subprocess.Popen([sys.executable, str(middle), str(leaf), str(ready)])
    try:
        deadline = time.monotonic() + 20
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists()
        assert bench._tree_pss_kb(top.pid) > 80 * 1024  # the grandchild's 80 MiB
        assert bench._tree_pss_kb(top.pid) > bench._tree_pss_kb(bench._children(top.pid)[0]) > 80 * 1024
    finally:
        for child in bench._children(top.pid):
            for grandchild in bench._children(child):
                subprocess.run(["kill", str(grandchild)], check=False)
            subprocess.run(["kill", str(child)], check=False)
        top.kill()
        top.wait()


def test_the_floor_and_the_peers_count_their_fastest_pass():
    """A slow pass of the shared machine must not inflate the floor or a peer (and so flatter a ratio)."""
    passes = iter([0.30, 0.23, 0.26])
    assert bench.best_of(3, lambda files: next(passes), []) == 0.23
    assert bench.best_of(2, lambda files: None, []) is None  # docx2python not installed


def test_the_fastest_cold_run_is_compared_with_the_floor_of_its_own_turn():
    """The floor is measured just before each cold run: a drift of the machine's speed between them cancels."""
    assert bench.paired_floor([23.1, 22.9], [5.3, 3.7]) == (22.9, 3.7)
    assert bench.paired_floor([22.9, 23.1], [5.3, 3.7]) == (22.9, 5.3)  # chosen by the cold run, not the ratio


def test_a_run_counts_the_cpu_of_its_whole_process_tree(tmp_path):
    """The CPU figure covers what the command's descendants burn (the workers are grandchildren)."""
    import sys

    burn = "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"
    child = tmp_path / "child.py"
    child.write_text(burn)
    top = tmp_path / "top.py"
    top.write_text("import subprocess, sys\nsubprocess.run([sys.executable, sys.argv[1]], check=True)\n")
    measured = bench.run_measured([sys.executable, str(top), str(child)])
    assert measured.exit_code == 0
    assert measured.cpu >= 0.4  # the grandchild's 0.4 s, plus two interpreters' start-up
    assert measured.wall >= 0.4 and measured.peak_mb >= 0


def test_a_run_counts_the_cpu_of_descendants_it_does_not_wait_for(tmp_path):
    """A fork server is never waited for by the command, and its workers are reaped by the server:
    their CPU is counted all the same."""
    import sys

    burn = "import time\nend = time.process_time() + 0.6\nwhile time.process_time() < end: pass\nprint('done')\n"
    child = tmp_path / "child.py"
    child.write_text(burn)
    top = tmp_path / "top.py"  # waits for the child's output, then leaves without reaping it
    top.write_text("import os, sys\n"
                   "r, w = os.pipe()\n"
                   "os.posix_spawn(sys.executable, [sys.executable, sys.argv[1]], os.environ,\n"
                   "               file_actions=[(os.POSIX_SPAWN_DUP2, w, 1)])\n"
                   "os.close(w)\n"
                   "os.read(r, 100)\n")
    measured = bench.run_measured([sys.executable, str(top), str(child)])
    assert measured.exit_code == 0
    assert measured.cpu >= 0.45  # the child's 0.6 s, but for the last sample's ~50 ms
