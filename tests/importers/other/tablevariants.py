"""Every table document of ``tabledocs`` in every file a plan office could hand over, with its
expected plan: what ``test_unseen_tables`` scores."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import tabledocs as docs
from .expected import (
    AOBA,
    HIGASHIYAMA,
    KITAHAMA,
    MIDORIKAWA,
    MINAMIDAI,
    MOMOYAMA,
    NISHIURA,
    SHIROISHI,
    WAKABA,
    Expected,
)

#: A way of handing the document over: (file bytes or path, filename).
Source = Callable[[], tuple[bytes | Path, str]]


def _pdf(doc: docs.TableDoc, key: str, paged: bool = False) -> Path:
    """Printed by Chromium on A4, or (``paged``) with tall rows on A5: over several pages, the
    header row repeated on each, a running header and page numbers between them."""
    from ..samplepdf import print_html

    if paged:
        page = docs.to_html(doc, paper="A5", running_header=doc.title[0][:12], row_pt=14)
        return print_html(page, f"table-{key}-paged")
    return print_html(docs.to_html(doc, running_header=doc.title[0][:12]), f"table-{key}")


def _pdftotext(doc: docs.TableDoc, key: str, layout: bool, paged: bool = False) -> bytes:
    from ..samplepdf import pdftotext

    return pdftotext(_pdf(doc, key, paged), layout=layout).encode()


def _calc_pdf(
    make: Callable[[], bytes], key: str, ruled: bool = True, centred: bool = False, distributed: bool = False
) -> Path:
    """The workbook printed to PDF by LibreOffice Calc, ruled or not, its cells at the top of their
    rows or centred, labels and 課 set out over their cells or not (``tabledocs.calc_print``)."""
    return docs.calc_print(make, key, ruled=ruled, centred=centred, distributed=distributed)


def _calc_formats(key: str, make: Callable[[], bytes]) -> dict[str, Source]:
    from ..samplepdf import pdftotext

    return {
        f"{key}-calc-pdf": lambda: (_calc_pdf(make, key), f"{key}.pdf"),
        f"{key}-calc-unruled-pdf": lambda: (_calc_pdf(make, key, ruled=False), f"{key}.pdf"),
        f"{key}-calc-centred-pdf": lambda: (_calc_pdf(make, key, ruled=False, centred=True), f"{key}.pdf"),
        f"{key}-calc-distributed-pdf": lambda: (_calc_pdf(make, key, distributed=True), f"{key}.pdf"),
        f"{key}-calc-distributed-unruled-pdf": lambda: (
            _calc_pdf(make, key, ruled=False, distributed=True),
            f"{key}.pdf",
        ),
        f"{key}-calc-pdftotext-layout": lambda: (
            pdftotext(_calc_pdf(make, key), layout=True).encode(),
            f"{key}.txt",
        ),
        f"{key}-calc-centred-pdftotext-layout": lambda: (
            pdftotext(_calc_pdf(make, key, ruled=False, centred=True), layout=True).encode(),
            f"{key}.txt",
        ),
    }


def _formats(key: str, make: Callable[[], docs.TableDoc], pdf: bool = True) -> dict[str, Source]:
    out: dict[str, Source] = {
        f"{key}-csv": lambda: (docs.to_csv(make()), f"{key}.csv"),
        f"{key}-csv-cp932": lambda: (docs.to_csv(make(), encoding="cp932"), f"{key}.csv"),
        f"{key}-tsv": lambda: (docs.to_tsv_text(make()), f"{key}.txt"),
        f"{key}-xlsx": lambda: (docs.to_xlsx(make()), f"{key}.xlsx"),
    }
    if pdf:
        out[f"{key}-pdf"] = lambda: (_pdf(make(), key), f"{key}.pdf")
        out[f"{key}-pdftotext-layout"] = lambda: (_pdftotext(make(), key, True), f"{key}.txt")
        out[f"{key}-pdftotext"] = lambda: (_pdftotext(make(), key, False), f"{key}.txt")
        out[f"{key}-paged-pdf"] = lambda: (_pdf(make(), key, paged=True), f"{key}.pdf")
        out[f"{key}-paged-pdftotext-layout"] = lambda: (
            _pdftotext(make(), key, True, paged=True),
            f"{key}.txt",
        )
    return out


DOCUMENTS: dict[str, tuple[Source, Expected]] = {}
for _key, _make, _expected in (
    ("aoba", docs.aoba, AOBA),
    ("kitahama", docs.kitahama, KITAHAMA),
    ("shiroishi", docs.shiroishi, SHIROISHI),
    ("midorikawa", docs.midorikawa, MIDORIKAWA),
    ("higashiyama", docs.higashiyama, HIGASHIYAMA),
    ("momoyama", docs.momoyama, MOMOYAMA),
):
    for _name, _source in _formats(_key, _make).items():
        DOCUMENTS[_name] = (_source, _expected)
DOCUMENTS["nishiura-xlsx"] = (lambda: (docs.nishiura_xlsx(), "進捗管理表.xlsx"), NISHIURA)
DOCUMENTS["minamidai-xlsx"] = (lambda: (docs.minamidai_xlsx(), "進捗状況.xlsx"), MINAMIDAI)
_SECOND_GOAL = {k: v for k, v in MINAMIDAI.items() if v[0] and v[0].startswith("2-")}
DOCUMENTS["minamidai-csv-sheet"] = (lambda: (docs.minamidai_csv(), "基本目標2.csv"), _SECOND_GOAL)
DOCUMENTS["wakaba-xlsx"] = (lambda: (docs.wakaba_xlsx(), "進捗管理シート.xlsx"), WAKABA)
for _key, _book, _expected in (
    ("aoba", lambda: docs.to_xlsx(docs.aoba()), AOBA),
    ("shiroishi", lambda: docs.to_xlsx(docs.shiroishi()), SHIROISHI),
    ("higashiyama", lambda: docs.to_xlsx(docs.higashiyama()), HIGASHIYAMA),
    ("wakaba", docs.wakaba_xlsx, WAKABA),
):
    for _name, _source in _calc_formats(_key, _book).items():
        DOCUMENTS[_name] = (_source, _expected)
