"""`make bench` works end to end on a tiny corpus (figures are checked by the bench, not here)."""

from __future__ import annotations

import json

import pytest

from pipeline import bench


@pytest.mark.slow
def test_bench_measures_every_figure_in_one_run(tmp_path, capsys):
    dest = tmp_path / "bench.json"
    bench.main(["--n", "24", "--peers", "8", "--repeats", "2", "--json", str(dest)])
    fig = json.loads(dest.read_text(encoding="utf-8"))
    assert fig["n"] == 24 and fig["exit_code"] == 0
    for key in ("floor_ms", "cold_ms", "warm_ms", "python_docx_ms", "docx2python_ms", "peak_mb"):
        assert fig[key] > 0, key
    assert fig["cold_marginal_ms"] >= 0  # at N=24 on a busy machine the start-up can be all of it
    assert fig["warm_ms"] < fig["cold_ms"], "the second run is served from the cache"
    assert [c["n"] for c in fig["curve"]] == [24]
    printed = capsys.readouterr().out
    assert "x floor" in printed and ("PASS" in printed or "FAIL" in printed)
    assert set(fig["checks"]) >= {"warm <= 10% of cold", ">= 5x faster than docx2python"}
