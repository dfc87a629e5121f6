"""``shinchoku import`` reads a file once, and twice only when a column mapping saved for its municipality applies
to its tables: it had read every file whose tables have columns three times (to read it, to find its tables' headers,
then with the mapping) — a 40-page PDF's reading three times over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import shinchoku.importers as importers
from shinchoku.cli import main
from shinchoku.importers import read_for_preview
from shinchoku.plans import mappings
from shinchoku.plans.models import Initiative, Municipality

from .test_cli import _asagiri


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files read (``importers.load_source``), in order."""
    read: list[str] = []
    load = importers.load_source

    def counted(file, filename=None):  # type: ignore[no-untyped-def]
        read.append(Path(file).name if not isinstance(file, bytes) else "<bytes>")
        return load(file, filename)

    monkeypatch.setattr(importers, "load_source", counted)
    return read


def test_a_file_is_read_once_and_again_only_with_the_mapping_saved_for_it(db, tmp_path, readings, capsys) -> None:
    first = _asagiri(tmp_path / "asagiri_r7.xlsx", 150)
    assert main(["import", str(first)]) == 0
    assert readings == ["asagiri_r7.xlsx"]

    # the plan office chose 「課題」 as 現状・課題 in the upload preview (web.upload_jobs saves it so)
    _plan, tables = read_for_preview(first)
    columns = {c["letter"]: c["role"] + (f":{c['fy']}" if c.get("fy") else "") for c in tables[0]["columns"]}
    columns["D"] = "background"
    entry = {"signature": tables[0]["signature"], "columns": columns}
    assert mappings.save(Municipality.objects.get(name="朝霧市"), {"tables": [entry]}, None) == 1
    readings.clear()

    following = _asagiri(tmp_path / "asagiri_r8.xlsx", 180)
    assert main(["import", str(following)]) == 0
    assert readings == ["asagiri_r8.xlsx", "asagiri_r8.xlsx"]
    assert "朝霧市に保存された割り当てで読みました" in capsys.readouterr().err
    assert sorted(Initiative.objects.values_list("background", flat=True)) == ["作成に時間がかかる", "紙の申請が多い"]


def test_a_given_mapping_reads_the_file_once(db, tmp_path, readings) -> None:
    first = _asagiri(tmp_path / "asagiri_r7.xlsx", 150)
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"tables": [{"sheet": "取組シート", "columns": {"課題": "background"}}]}))
    assert main(["import", "--map", str(mapping), str(first)]) == 0
    assert readings == ["asagiri_r7.xlsx"]
    assert Initiative.objects.get(title="電子申請の拡大").background == "紙の申請が多い"


def test_a_readers_bug_is_one_line_on_the_command_line_never_a_traceback(db, monkeypatch, capsys) -> None:
    """A reader's crash the importers log and step past (``importers._score``) printed Python's whole English
    traceback amid ``shinchoku parse``'s output; the plan is still read by the next reader."""
    from shinchoku.importers import hita

    from ..conftest import SEED_FILES

    def crash(source: object) -> float:
        raise IndexError("list index out of range")

    monkeypatch.setattr(hita, "detect", crash)
    assert main(["parse", "--compact", str(SEED_FILES["nobeoka"])]) == 0
    told = capsys.readouterr()
    assert json.loads(told.out)["plan"]["source"]["layout"] == "nobeoka"
    assert "shinchoku: 読み取りの不具合: hita の判定が例外を送出しました" in told.err
    assert "Traceback" not in told.err and "IndexError" not in told.err
