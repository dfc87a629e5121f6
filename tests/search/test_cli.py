"""`shinchoku search` and `shinchoku reindex` as a user runs them, on a fresh SQLite database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
SHINCHOKU = [sys.executable, "-m", "shinchoku.cli"]


def run(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([*SHINCHOKU, *args], capture_output=True, text=True, env=env, timeout=300)


def test_import_then_search_and_reindex_from_the_command_line(cli_env):
    env = cli_env
    for name in ("hita", "izunokuni"):
        assert run("import", str(SAMPLES / f"{name}.txt"), env=env).returncode == 0

    done = run("search", "書かない窓口", "--limit", "2", env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("「書かない窓口」: ")
    assert len(lines) == 3
    assert {"1-2-1 書かない窓口の推進", "2 窓口業務の改革"} == {
        line.split("」 ", 1)[1].split("（")[0] for line in lines[1:]
    }

    done = run("reindex", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("索引を更新: 0 件 / 変更なし 96 件")

    done = run("search", " ", env=env)
    assert done.returncode == 2 and "検索語を指定してください" in done.stderr
