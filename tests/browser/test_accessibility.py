"""axe-core on every page type: no serious or critical violations.

Each page is first checked to be the page it should be (so axe never passes on an error page);
a failure lists each violation with its rule, help text and the selectors of the offending nodes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db.models import Count
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from shinchoku.plans.models import BudgetEntry, Department, Initiative
from shinchoku.web.charts import indicator_view

from .conftest import SAMPLES, Site, axe_violations, describe, log_in, upload

BLOCKING = {"serious", "critical"}


def initiative_with_chart(site: Site) -> Initiative:
    """An initiative whose page draws an indicator chart (the 延岡市 plan's first, else any)."""
    nobeoka = site.plans["nobeoka"]
    others = Initiative.objects.exclude(plan=nobeoka).order_by("pk")
    for initiative in [*nobeoka.initiatives.order_by("pk"), *others]:
        if any(indicator_view(i).chart for i in initiative.indicators.all()):
            return initiative
    raise AssertionError("no sample initiative has an indicator chart")


def _logged_out(driver: WebDriver, site: Site, path: str) -> None:
    driver.get(site(path))
    driver.delete_all_cookies()
    driver.get(site(path))


def _home(driver: WebDriver, site: Site) -> None:
    _logged_out(driver, site, "/")


def _plan(driver, site):
    driver.get(site(f"/plans/{site.plans['nobeoka'].pk}/"))


def _initiative(driver, site):
    driver.get(site(f"/initiatives/{initiative_with_chart(site).pk}/"))


def _roadmap(driver, site):
    driver.get(site(f"/plans/{site.plans['nobeoka'].pk}/roadmap/"))


def _budget(driver, site):
    busiest = BudgetEntry.objects.values("initiative__plan").annotate(n=Count("pk")).order_by("-n")[0]
    driver.get(site(f"/plans/{busiest['initiative__plan']}/budget/"))


def _department(driver, site):
    department = Department.objects.annotate(n=Count("initiative_links")).order_by("-n", "pk")[0]
    driver.get(site(f"/departments/{department.pk}/"))


def _search(driver, site):
    driver.get(site("/search/?q=窓口&prefecture=新潟県&has_kpi=on"))


def _coverage(driver, site):
    """As the plan office (the superuser): the coverage table, 他自治体の取組 and the bulk form."""
    log_in(driver, site, f"/plans/{site.plans['izunokuni'].pk}/national/")


def _initiative_labels(driver, site):
    """The initiative page with the plan office's form of national-plan items."""
    log_in(driver, site, f"/initiatives/{site.plans['izunokuni'].initiatives.order_by('pk')[0].pk}/")


def _matrix(driver, site):
    _logged_out(driver, site, "/national/?edition=2020-12-25")


def _login(driver, site):
    _logged_out(driver, site, "/accounts/login/")


def _upload(driver, site):
    log_in(driver, site, "/upload/")


def _upload_preview(driver, site):
    upload(driver, site, SAMPLES / "onojo.txt")


#: page type -> (how to open it, a selector only that page matches)
PAGES: dict[str, tuple[Callable[[WebDriver, Site], None], str]] = {
    "home": (_home, "main table a[href^='/plans/']"),
    "plan": (_plan, "#filter-department"),
    "initiative": (_initiative, "figure.chart svg"),
    "roadmap": (_roadmap, "table.roadmap td.on"),
    "budget": (_budget, "table.budget tbody tr"),
    "department": (_department, "main table tbody tr"),
    "search": (_search, "ol.cards li.card table.card-kpis"),
    "coverage": (_coverage, "table.coverage input[name=label], main input[name=label]"),
    "initiative-labels": (_initiative_labels, "form.labels-form input[name=item]"),
    "matrix": (_matrix, "table.matrix tfoot"),
    "login": (_login, "#id_password"),
    "upload": (_upload, "#id_file"),
    "upload-preview": (_upload_preview, "button[value=confirm]"),
}


@pytest.mark.parametrize("page", PAGES)
def test_no_serious_or_critical_axe_violations(driver, site, page):
    open_page, landmark = PAGES[page]
    open_page(driver, site)
    path = driver.current_url.removeprefix(site.url)
    assert driver.find_elements(By.CSS_SELECTOR, landmark), f"{path} is not the {page} page: {driver.title}"
    violations = axe_violations(driver)
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, f"axe on {page} ({path}):\n{describe(blocking)}"
