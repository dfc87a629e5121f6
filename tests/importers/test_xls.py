"""Excel 97–2003 books (.xls), still what many municipal PCs save: read as the .xlsx the same sheet saves to
(``readers/xls.py``), first refused with 「保存し直してから取り込んでください」.

The books are the batches' own workbooks (the first ``*_xlsx`` builder of each ``other/tabledocs*.py`` and
``other/unseen*.py``, and those the tests name:
number formats, percentages, 和暦 dates, merged cells, 工程表 bars shaded year by year, hidden columns, sheets of
examples and totals) saved by LibreOffice Calc once as .xls and once as .xlsx — Calc computes the formulas openpyxl
leaves uncached, so the .xls is compared with Calc's .xlsx of the same book, not with openpyxl's."""

from __future__ import annotations

import hashlib
import importlib
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from shinchoku.importers import ParseError, parse

from .samplexlsx import calc_saved_all

OTHER = Path(__file__).parent / "other"


def _builders() -> dict[str, Callable[[], bytes]]:
    """Every workbook builder of the batches (a module-level ``*_xlsx`` function of no arguments), by a key naming
    the module and the builder."""
    found: dict[str, Callable[[], bytes]] = {}
    for path in sorted(OTHER.glob("*.py")):
        if not path.stem.startswith(("tabledocs", "unseen")):
            continue
        module = importlib.import_module(f"{__package__}.other.{path.stem}")
        for name, build in vars(module).items():
            if (
                name.endswith("_xlsx")
                and inspect.isfunction(build)
                and build.__module__ == module.__name__
                and not inspect.signature(build).parameters
            ):
                found[f"{path.stem}-{name.removesuffix('_xlsx')}"] = build
    return found


#: Books a test below names (a formula's text result, shapes, a hidden sheet, figures, shaded years).
NAMED = frozenset(
    {"tabledocs10-asagi", "tabledocs3-shirasagi", "unseen17-fujishiro", "unseen23-kagamihara", "unseen24-shinomiya",
     "unseen23-yukimidai", "unseen13-kumehara", "unseen25-sakuradai_hidden"}
)  # fmt: skip


def _compared(found: dict[str, Callable[[], bytes]]) -> dict[str, Callable[[], bytes]]:
    """The first book of each batch module and the books named here: every batch's way of keeping a book, without
    converting all 75 twice with LibreOffice and reading them twice in one test process (a minute of every CI run)."""
    first: dict[str, str] = {}
    for key in found:
        first.setdefault(key.split("-", 1)[0], key)
    return {key: built for key, built in found.items() if key in NAMED or key in first.values()}


BUILDERS = _compared(_builders())


@pytest.fixture(scope="module")
def saved() -> dict[str, tuple[Path, Path]]:
    """Each book saved by Calc as (.xlsx, .xls): two LibreOffice starts for all of them, cached."""
    books = {key: build() for key, build in BUILDERS.items()}
    xlsx, xls = calc_saved_all(books, "xlsx"), calc_saved_all(books, "xls")
    return {key: (xlsx[key], xls[key]) for key in books}


#: Books with a formula whose result is a text (「=IFERROR(L6/M6,"－")」): LibreOffice writes that result into an .xls
#: as the number 0 (a FORMULA record of zeros, no STRING record after it; Excel writes the text), so the .xls shows
#: 「0.0%」 where the .xlsx shows 「－」. Their zero rates are left out of the comparison.
TEXT_RESULTS = frozenset(
    {"tabledocs10-asagi", "tabledocs3-shirasagi", "unseen17-fujishiro", "unseen23-kagamihara", "unseen41-koharuno"}
)


#: Books whose 工程 is drawn as shapes over the cells (``readers.xlsx_shapes``): xlrd reads no drawing, so their .xls
#: gives the initiatives without those steps (docs/importers.md says to save such a book as .xlsx).
DRAWN = frozenset({"unseen24-shinomiya"})


def _without_source(plan: dict[str, Any], zero_rates: bool = True) -> dict[str, Any]:
    initiatives = plan["initiatives"]
    if not zero_rates:
        initiatives = [
            {
                **item,
                "indicators": [
                    {
                        **kpi,
                        "achievement_rates": [r for r in kpi.get("achievement_rates", []) if r["value"] != 0],
                    }
                    for kpi in item["indicators"]
                ],
            }
            for item in initiatives
        ]
    return {
        **plan,
        "plan": {k: v for k, v in plan["plan"].items() if k != "source"},
        "initiatives": initiatives,
    }


def _read(path: Path) -> dict[str, Any] | str:
    try:
        return parse(path.read_bytes(), filename=path.name)
    except ParseError as error:
        return error.message


def test_the_batches_hold_books_of_every_kind_compared_here() -> None:
    """The comparison below means something only if the books hold what an .xls can lose: shaded 工程表 years, number
    formats (percentages, thousands), several sheets."""
    assert len({key.split("-", 1)[0] for key in BUILDERS}) >= 25  # a book of every batch module
    assert set(BUILDERS) >= NAMED


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(BUILDERS))
def test_a_book_saved_as_xls_reads_as_the_same_book_saved_as_xlsx(
    saved: dict[str, tuple[Path, Path]], key: str
) -> None:
    xlsx, xls = (_read(path) for path in saved[key])
    if isinstance(xlsx, str):
        assert xls == xlsx  # refused for the same reason (a sheet of examples only, …)
        return
    assert not isinstance(xls, str), xls
    if key in DRAWN:
        assert [(i["code"], i["title"]) for i in xls["initiatives"]] == [
            (i["code"], i["title"]) for i in xlsx["initiatives"]
        ]
        assert any(i["schedule"] for i in xlsx["initiatives"]) and not any(
            i["schedule"] for i in xls["initiatives"]
        )
        # the steps lost are said, with what to do (walked: nothing said it)
        assert xls["warnings"][0]["message"].startswith(
            "シート「工程表」に図形（矢印・テキストボックスなど）があります"
        )
        assert "Excel ブック（.xlsx）として保存し直して" in xls["warnings"][0]["message"]
        return
    assert not any("図形" in w["message"] for w in xls["warnings"])
    assert _without_source(xls, key not in TEXT_RESULTS) == _without_source(xlsx, key not in TEXT_RESULTS)
    # the plan names the file given, not the .xlsx it was read as
    assert xls["plan"]["source"]["filename"].endswith(".xls")
    assert xls["plan"]["source"]["sha256"] == hashlib.sha256(saved[key][1].read_bytes()).hexdigest()


@pytest.mark.slow
def test_a_sheet_hidden_in_an_xls_stays_hidden(saved: dict[str, tuple[Path, Path]]) -> None:
    """桜台市's book kept as .xls: last year's hidden sheet is not read (xlrd's sheet visibility carried into the
    .xlsx the book is read as), and the warning names it, as for the .xlsx."""
    plan = _read(saved["unseen25-sakuradai_hidden"][1])
    assert not isinstance(plan, str), plan
    assert [i["title"] for i in plan["initiatives"]] == ["電子申請の拡大", "窓口改革"]
    assert [w["message"] for w in plan["warnings"] if "非表示" in w["message"]] == [
        "非表示のシート「R6進捗」は読みませんでした。取り込む場合はシートを再表示してから保存してください"
    ]


@pytest.mark.slow
def test_a_progress_list_kept_as_xls_gives_its_figures_as_excel_shows_them(
    saved: dict[str, tuple[Path, Path]],
) -> None:
    """雪見台市's 進捗状況一覧 (unseen23): 「3,000」 件 by a 「#,##0」 format, 12.5 % as typed, the 評価 per year, the 取組 of
    two 課 wrapped with Alt+Enter, its 記入例 sheet left out."""
    plan = _read(saved["unseen23-yukimidai"][1])
    assert not isinstance(plan, str)
    items = {item["code"]: item for item in plan["initiatives"]}
    assert len(items) == 10
    second = items["2"]
    assert (second["title"], second["departments"]) == ("書かない窓口の導入", ["市民課", "デジタル推進課"])
    kpi = second["indicators"][0]
    assert [(t["fy"], t["text"], t["value"]) for t in kpi["targets"]] == [
        (2024, "3,000", 3000),
        (2025, "6,000", 6000),
        (2026, "9,000", 9000),
    ]
    assert (kpi["actuals"], kpi["evaluations"]) == (
        [{"fy": 2024, "value": 3420, "text": "3,420"}],
        [{"fy": 2024, "text": "A"}],
    )
    assert items["3"]["indicators"][0]["baseline"] == {"fy": 2023, "value": 12.5, "text": "12.5"}
    assert any("シート「記入例」" in w["message"] for w in plan["warnings"])


@pytest.mark.slow
def test_a_roadmap_kept_as_xls_keeps_its_shaded_years(saved: dict[str, tuple[Path, Path]]) -> None:
    """A 工程表 whose bars are cells shaded year by year (xlrd's palette colour, not openpyxl's RGB) is a schedule."""
    plans = [_read(saved[key][1]) for key in sorted(saved)]
    steps = [
        step
        for plan in plans
        if not isinstance(plan, str)
        for item in plan["initiatives"]
        for step in item.get("schedule", [])
    ]
    assert len(steps) > 100
    shaded = _read(saved["unseen13-kumehara"][1])
    assert not isinstance(shaded, str)
    assert all(item.get("schedule") for item in shaded["initiatives"])


def test_a_damaged_xls_is_named_with_what_to_do() -> None:
    """An Excel 97–2003 compound file cut short: one message, never a traceback."""
    with pytest.raises(ParseError) as caught:
        parse(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, filename="keikaku.xls")
    assert caught.value.message.startswith("Excel 97-2003 形式（.xls）のファイルを読めません。")


@pytest.mark.slow
def test_a_word_97_document_is_named_as_one() -> None:
    """A .doc is the same container as an .xls: it is called a Word document and told to be saved as .docx."""
    from .fixturecache import digest, keep
    from .samplexlsx import CACHE, soffice

    words = "楠見町DX推進計画\n1-1 電子申請の拡充 情報政策課\n"
    doc = CACHE / f"keikaku-word97-{digest(words.encode())}.doc"
    if not doc.exists():
        import subprocess
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            text = Path(tmp) / "keikaku-word97.txt"
            text.write_text(words, encoding="utf-8")
            program = soffice()
            assert program is not None
            subprocess.run(
                [program, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/home",
                 "--convert-to", "doc", "--outdir", tmp, str(text)],
                check=True, capture_output=True, timeout=300,
            )  # fmt: skip
            keep(Path(tmp) / "keikaku-word97.doc", doc)
    with pytest.raises(ParseError) as caught:
        parse(doc.read_bytes(), filename="keikaku.doc")
    assert "Word 97-2003 形式（.doc）の文書は読めません" in caught.value.message


def test_a_workbook_protected_by_a_password_is_named_so() -> None:
    """Excel encrypts a workbook with a password to open into a compound file holding an 「EncryptedPackage」 stream: it
    is called protected, with what to do (walked: 「ファイルが壊れていないか確認してください」)."""
    protected = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 600
        + "EncryptedPackage".encode("utf-16-le")
        + b"\x00" * 64
    )
    with pytest.raises(ParseError) as caught:
        parse(protected, filename="keikaku.xlsx")
    assert caught.value.message.startswith("パスワードで保護された Excel ファイルは読めません。")
