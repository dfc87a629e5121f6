"""Plans saved from a municipality's site as a web page (.html): ``readers.html`` reads the page as a browser shows it,
and the shape readers read what it gives as they read a Word document's body (issue 8).

The pages of ``other/webpages.py`` (a CMS page with a merged 取組一覧, an old Shift_JIS page laid out by a table with
項目 | 内容 cards, a page of ``<dl>`` cards) and the five sample plans set as a web page (``samplepdf.sample_html``:
their tab-separated runs as tables, the rest as paragraphs) are each scored against the plan they state."""

from __future__ import annotations

from pathlib import Path

import pytest

from shinchoku.importers import ParseError, load_source, parse
from shinchoku.importers.filetypes import is_html
from shinchoku.importers.readers.html import MAX_COLUMNS, read_html

from .other.webpages import PAGES
from .samplepdf import Print, sample_html
from .scoring import assert_exact, by_title, score

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"


@pytest.mark.parametrize("name", list(PAGES))
def test_a_web_page_reads_as_the_plan_it_states(name: str) -> None:
    data, expected = PAGES[name]
    assert_exact(score(parse(data, filename=name), expected))


@pytest.mark.parametrize("sample", sorted(p.stem for p in SAMPLES.glob("*.txt")))
def test_a_sample_set_as_a_web_page_reads_as_its_text(sample: str) -> None:
    text = (SAMPLES / f"{sample}.txt").read_text(encoding="utf-8")
    page = sample_html(text, Print()).encode("utf-8")
    assert_exact(
        score(parse(page, filename=f"{sample}.html"), parse(text.encode(), filename=f"{sample}.txt"))
    )


def test_the_page_is_read_as_a_browser_shows_it_without_the_sites_menus() -> None:
    """桜川町: the menus, breadcrumbs, script and footer are not the plan's; a title broken in the source between two
    Japanese letters is one word; two 課 set apart by <br> are two; the merged 基本目標 cell stands over its 取組."""
    data, _ = PAGES["sakuragawa_dx.html"]
    source = load_source(data, "sakuragawa_dx.html")
    text = source.text or ""
    for site in ("本文へ移動", "くらし・手続き", "ホーム", "dataLayer", "Copyright", "ページの先頭へ"):
        assert site not in text
    assert text.startswith("桜川町DX推進計画\n")
    plan = parse(data, filename="sakuragawa_dx.html")
    item = by_title(plan, "子育て手続")
    assert (item["title"], item["departments"]) == ("子育て手続のオンライン化", ["子育て支援課"])
    assert by_title(plan, "電子申請の拡充")["departments"] == ["総務課", "住民課"]
    assert [s["title"] for s in plan["sections"]][:2] == ["住民サービスの向上", "行政の効率化"]
    assert plan["plan"]["period"] == {"start_fy": 2025, "end_fy": 2028}


def test_a_shift_jis_page_laid_out_by_a_table_reads_its_cards() -> None:
    """梨本村: Shift_JIS declared by http-equiv; the table that sets the menu beside the content is the page's layout,
    so each 取組's heading stays over its own 項目 | 内容 table."""
    data, _ = PAGES["nashimoto_dx.htm"]
    plan = parse(data, filename="nashimoto_dx.htm")
    assert plan["municipality"]["name"] == "梨本村"
    item = by_title(plan, "オンライン予約の導入")
    assert (item["code"], item["departments"]) == ("1-2", ["住民福祉課", "保健センター"])
    [indicator] = item["indicators"]
    assert (indicator["name"], indicator["final_target"]["value"], indicator["unit"]) == (
        "オンライン予約の割合",
        50,
        "%",
    )


def test_merged_cells_fill_the_slots_they_cover() -> None:
    page = (
        b"<!DOCTYPE html><html><body><table><tr><th rowspan='2'>\xe5\x8c\xba\xe5\x88\x86</th><th colspan='2'>R7</th>"
        b"</tr><tr><td>a</td><td>b</td></tr></table></body></html>"
    )
    [table] = read_html(page).pages[0].blocks
    assert [[(cell.text, cell.origin) for cell in row] for row in table.rows] == [
        [("区分", "own"), ("R7", "own"), ("R7", "left")],
        [("区分", "above"), ("a", "own"), ("b", "own")],
    ]


def test_hidden_and_skipped_elements_are_not_read() -> None:
    page = (
        "<!doctype html><html><head><title>t</title><style>p{}</style></head><body>"
        "<p hidden>隠し</p><div style='display: none'><p>スマホ用メニュー</p></div><nav>ナビ</nav>"
        "<script>var s = '<p>スクリプト</p>';</script><p>本文の段落</p><noscript>JavaScriptを有効に</noscript>"
        "</body></html>"
    ).encode()
    lines = [block.text for block in read_html(page).pages[0].blocks]
    assert lines == ["本文の段落"]


def test_a_page_is_told_from_a_text_by_its_start() -> None:
    assert is_html(b"\xef\xbb\xbf<!DOCTYPE html>\n<html>")
    assert is_html(b"<!-- saved from url=(0036)https://www.example.lg.jp/ -->\n<html lang='ja'>")
    assert not is_html("取組名\t担当課\n<電子申請>\t総務課\n".encode())
    assert not is_html("＜基本目標１＞　暮らしの利便性\n".encode())


def test_a_span_past_the_limit_is_refused_in_japanese() -> None:
    page = (
        f"<html><body><table><tr><td colspan='{MAX_COLUMNS + 1}'>x</td></tr></table></body></html>".encode()
    )
    with pytest.raises(ParseError) as caught:
        parse(page, filename="plan.html")
    assert (
        caught.value.message
        == f"Web ページの表のセルの結合が大きすぎます（{MAX_COLUMNS + 1}、上限 {MAX_COLUMNS}）。"
    )


_NO_TEXT = "Web ページ（HTML）に本文がありません。計画が載っているページを保存して取り込んでください。"


@pytest.mark.parametrize(
    ("page", "said"),
    [
        (b"<html><head><title>x</title></head><body><script>1</script></body></html>", _NO_TEXT),
        (b"<html><body><table><tr><td>", _NO_TEXT),
        (
            "<html><body><h1>お知らせ</h1><p>年末年始の窓口業務についてお知らせします。</p></body></html>".encode(),
            "計画ファイルとして認識できません。",
        ),
        (b"<html><body>" + b"<div>" * 5000 + b"</body></html>", _NO_TEXT),
    ],
    ids=["no text", "cut short", "a news page", "deeply nested"],
)
def test_a_page_that_is_no_plan_gets_a_message_not_a_traceback(page: bytes, said: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(page, filename="page.html")
    assert caught.value.message.startswith(said)


@pytest.mark.slow
def test_the_samples_workbooks_saved_as_web_pages_by_calc_read_as_their_text() -> None:
    """Each sample kept in a workbook (``samplexlsx``) and saved by LibreOffice Calc as a web page (.html: the sheet
    one table, a merged 担当課 a cell spanning its rows, each row as wide as the sheet's widest) reads as its text."""
    from .samplexlsx import calc_saved_all, sample_xlsx

    names = sorted(p.stem for p in SAMPLES.glob("*.txt"))
    pages = calc_saved_all(
        {name: sample_xlsx(SAMPLES / f"{name}.txt").read_bytes() for name in names}, "html"
    )
    for name in names:
        expected = parse(SAMPLES / f"{name}.txt")
        assert_exact(score(parse(pages[name].read_bytes(), filename=f"{name}.html"), expected))


def test_a_page_libreoffice_wrote_keeps_the_blanks_its_line_breaks_stand_for() -> None:
    """LibreOffice breaks a page's source lines at blanks only: there a break between two Japanese letters is the
    blank between two 課 (延岡市's 「工業振興課 商業・駅まち振興課」 was read as one name); elsewhere it is none, as a
    browser following CSS Text shows it."""
    cell = "<p>工業振興課\n\t\t\t商業・駅まち振興課</p>"
    body = f"<body><table><tr><td>担当課</td><td>{cell}</td></tr></table></body></html>"
    written = f'<!DOCTYPE html><html><head><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/></head>{body}'
    [table] = read_html(written.encode()).pages[0].blocks
    assert table.rows[0][1].text == "工業振興課 商業・駅まち振興課"
    [table] = read_html(f"<!DOCTYPE html><html>{body}".encode()).pages[0].blocks
    assert table.rows[0][1].text == "工業振興課商業・駅まち振興課"


@pytest.mark.slow
def test_the_samples_word_documents_saved_as_web_pages_by_writer_read_as_their_text() -> None:
    """Each sample typed into Word (``worddocs``) and saved by LibreOffice Writer as a web page reads as its text
    (伊豆の国市 担当課 0.968 / KPI 0.947 and 延岡市 担当課 0.988 before its line breaks were read as its blanks)."""
    from .other.worddocs import word_document
    from .samplepdf import word_documents_as_pages

    names = sorted(p.stem for p in SAMPLES.glob("*.txt"))
    texts = {name: (SAMPLES / f"{name}.txt").read_text(encoding="utf-8") for name in names}
    pages = word_documents_as_pages([(word_document(texts[name]), name) for name in names])
    for name, page in zip(names, pages, strict=True):
        expected = parse(texts[name].encode(), filename=f"{name}.txt")
        assert_exact(score(parse(page.read_bytes(), filename=f"{name}.html"), expected))
