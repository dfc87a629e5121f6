"""A visitor's way through the app in a real browser: home → plan → filter (htmx) → initiative →
roadmap, then the plan office's upload preview and confirmation, and the skip link from the keyboard."""

from __future__ import annotations

import re

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select

from shinchoku.importers import parse

from .conftest import SAMPLES, log_in, upload, wait

FILTERED = re.compile(r"(\d+)件中 (\d+)件を表示")


def count_text(driver) -> str:
    """The result count, read in one script call (htmx may swap the element away meanwhile)."""
    text = driver.execute_script("return document.querySelector('#results .count')?.textContent ?? ''")
    return " ".join(text.split())


def test_home_plan_filter_initiative_roadmap(driver, site):
    plan = site.plans["nobeoka"]
    driver.get(site("/"))
    section = driver.find_element(By.XPATH, "//section[h2[contains(., '延岡市')]]")
    section.find_element(By.LINK_TEXT, plan.title).click()
    wait(driver).until(ec.url_to_be(site(f"/plans/{plan.pk}/")))
    assert driver.find_element(By.TAG_NAME, "h1").text == plan.title
    total = plan.initiatives.filter(retired_at__isnull=True).count()
    assert count_text(driver) == f"取組 {total}件"

    # Filtering by department swaps #results through htmx: no page load, the URL keeps the filter.
    # htmx binds its triggers once the document is ready.
    wait(driver).until(
        lambda d: d.execute_script("return document.readyState === 'complete' && !!window.htmx")
    )
    driver.execute_script("window.__samePage = true;")
    select = Select(driver.find_element(By.ID, "filter-department"))
    option = next(o for o in select.options[1:] if 0 < int(re.search(r"（(\d+)）$", o.text)[1]) < total)
    department, expected = option.get_attribute("value"), int(re.search(r"（(\d+)）$", option.text)[1])
    select.select_by_value(department)
    wait(driver).until(lambda d: FILTERED.fullmatch(count_text(d)))
    assert count_text(driver) == f"{total}件中 {expected}件を表示"
    assert driver.execute_script("return window.__samePage === true"), "the filter reloaded the whole page"
    assert re.search(rf"[?&]department={department}(&|$)", driver.current_url), driver.current_url
    shown = driver.find_elements(By.CSS_SELECTOR, "#results .initiatives > li")
    assert len(shown) == expected
    department_name = option.text.rsplit("（", 1)[0]
    for item in shown:
        assert department_name in [a.text for a in item.find_elements(By.CSS_SELECTOR, "a.dept")]

    # An initiative of that department.
    link = shown[0].find_element(By.CSS_SELECTOR, "a.title")
    title = link.text
    link.click()
    wait(driver).until(ec.url_matches(r"/initiatives/\d+/$"))
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    assert department_name in [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".facts a")]

    # Back to the filtered plan: the pushed URL still carries the filter.
    driver.back()
    wait(driver).until(
        lambda d: "/plans/" in d.current_url and d.find_elements(By.CSS_SELECTOR, "#results .count")
    )
    assert f"department={department}" in driver.current_url
    assert count_text(driver) == f"{total}件中 {expected}件を表示"
    assert Select(driver.find_element(By.ID, "filter-department")).first_selected_option.get_attribute(
        "value"
    ) == (department)

    # The roadmap.
    driver.find_element(By.LINK_TEXT, "全体工程表").click()
    wait(driver).until(ec.url_to_be(site(f"/plans/{plan.pk}/roadmap/")))
    assert driver.find_element(By.TAG_NAME, "h1").text.startswith("全体工程表")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.roadmap tbody tr:not(.group)")
    assert len(rows) >= total


def test_upload_preview_then_confirm(driver, site):
    source = SAMPLES / "shibata.txt"
    expected = parse(source)
    upload(driver, site, source)
    assert driver.find_element(By.TAG_NAME, "h1").text == "取込内容の確認"
    facts = {
        dt.text: dt.find_element(By.XPATH, "following-sibling::dd").text
        for dt in driver.find_elements(By.CSS_SELECTOR, "dl.facts dt")
    }
    # the title, then the closed 「計画名を直す」 form under it
    assert facts["計画名"].splitlines() == [expected["plan"]["title"], "計画名を直す"]
    assert facts["施策体系"] == str(len(expected["sections"]))
    assert facts["取組"] == str(len(expected["initiatives"]))
    assert facts["指標"] == str(sum(len(i.get("indicators") or []) for i in expected["initiatives"]))
    # The seeds include this very file: the preview says it updates the plan and changes nothing.
    assert "登録済みの計画を更新します" in driver.find_element(By.TAG_NAME, "main").text

    driver.find_element(By.CSS_SELECTOR, "button[value=confirm]").click()
    plan = site.plans["shibata"]
    wait(driver).until(ec.url_to_be(site(f"/plans/{plan.pk}/")))
    message = driver.find_element(By.CSS_SELECTOR, ".messages").text
    assert f"「{plan.title}」を取り込みました" in message
    assert f"追加 0／変更 0／変更なし {len(expected['initiatives'])}" in message


def test_tab_reaches_the_visible_skip_link_first(driver, site):
    log_in(driver, site)  # a logged-in header has the most controls before the content
    driver.get(site(f"/plans/{site.plans['nobeoka'].pk}/"))
    skip = driver.find_element(By.CSS_SELECTOR, "a.skip-link")
    assert skip.rect["x"] + skip.rect["width"] <= 0, "the skip link shows before it is focused"

    ActionChains(driver).send_keys(Keys.TAB).perform()
    focused = driver.switch_to.active_element
    assert focused == skip, f"first Tab stop is {focused.tag_name} {focused.text!r}"
    rect = skip.rect
    viewport = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    assert skip.is_displayed() and rect["width"] > 0 and rect["height"] > 0
    assert rect["x"] >= 0 and rect["x"] + rect["width"] <= viewport[0]
    assert rect["y"] >= 0 and rect["y"] + rect["height"] <= viewport[1]
    outline = driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", skip)
    assert outline != "none", "the focused skip link has no focus outline"

    ActionChains(driver).send_keys(Keys.ENTER).perform()
    wait(driver).until(lambda d: d.current_url.endswith("#main"))
    assert driver.switch_to.active_element.get_attribute("id") == "main"


#: Where a column header's text goes on to a new line between two letters of one word: the
#: letter before is not a space, 「、」「・」 or a closing bracket, and the next is not an opening one.
HEADER_BREAKS_JS = """
const okAfter = " \\u3000、。・）」』/／:：", okBefore = " \\u3000（「『";
const broken = [];
for (const th of document.querySelectorAll("thead th, th[scope=col]")) {
  const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
  let prev = null, prevChar = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0], ch = node.data[i];
      if (!rect || !ch.trim()) { prevChar = ch; continue; }
      if (prev && rect.top > prev.top + prev.height / 2 && !okAfter.includes(prevChar) && !okBefore.includes(ch)) {
        broken.push(th.textContent.trim().replace(/\\s+/g, " ") + " @" + prevChar + "|" + ch);
      }
      prev = rect; prevChar = ch;
    }
  }
}
return broken;
"""


def test_column_headers_never_break_inside_a_word(driver, site):
    """「進捗状／況」「自己評／価」 on a narrow screen: the round page and the committee report of a round
    with every column filled (the grade distribution's 「A 目標を上回る」 columns were the worst)."""
    from datetime import date, timedelta

    from shinchoku.progress import services

    round_ = _committed(
        lambda: services.open_round(site.plans["nobeoka"], 2024, date.today() + timedelta(days=30))
    )
    log_in(driver, site)
    driver.set_window_size(900, 1000)
    try:
        for path in (f"/rounds/{round_.pk}/", f"/rounds/{round_.pk}/committee/"):
            driver.get(site(path))
            assert driver.find_elements(By.CSS_SELECTOR, "thead th"), path
            assert driver.execute_script(HEADER_BREAKS_JS) == [], path
    finally:
        driver.set_window_size(1280, 1000)
        _committed(round_.delete)


def _committed(write):
    """Run ``write`` so that the live server sees it. On SQLite the server shares the test's
    connection; on PostgreSQL the test's writes stay in its transaction, invisible to the server's
    own connection, so the write runs in a thread of its own (its own connection, autocommit)."""
    import threading

    from django.db import connection, connections

    if connection.vendor == "sqlite":
        return write()
    done: list = []

    def run() -> None:
        try:
            done.append(write())
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return done[0]
