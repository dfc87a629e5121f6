"""An actual an earlier import stored that a re-imported file no longer states is kept, and the re-import says so
(``LoadResult.kept_actuals``): in the upload preview and by ``shinchoku import``.

Walked: a round's input workbook imported as the plan left 「令和6年度（2024） 12手続」 (its 基準値) as an actual of
取組2; re-importing the plan's PDF restored the plan, kept the false actual, and its preview did not mention it."""

from __future__ import annotations

import copy
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from shinchoku.importers.planjson import value
from shinchoku.plans.loader import load_plan
from shinchoku.plans.models import IndicatorValue, ValueKind

from .test_loader import small_plan

pytestmark = pytest.mark.django_db


def _without_actuals() -> dict:
    plan = small_plan()
    plan["initiatives"][0]["indicators"][0]["actuals"] = []
    return plan


def _with_a_wrong_actual() -> dict:
    plan = copy.deepcopy(_without_actuals())
    plan["initiatives"][0]["indicators"][0]["actuals"] = [value(2024, 5, "5手続")]
    return plan


KEPT = "1 マイナンバー(ぴったりサービス)からの行政手続のオンライン化 指標「オンライン申請可能手続数」令和6年度 実績値 5手続"


def test_a_reimport_lists_the_imported_actuals_the_file_no_longer_states():
    load_plan(_with_a_wrong_actual())
    result = load_plan(_without_actuals(), dry_run=True)
    assert result.kept_actuals == [KEPT]
    assert not result.has_changes  # kept: the plan is as it was
    kept = IndicatorValue.objects.get(kind=ValueKind.ACTUAL)
    assert (kept.fy, kept.value) == (2024, 5)


def test_a_file_that_states_the_actual_lists_nothing():
    load_plan(_with_a_wrong_actual())
    assert load_plan(_with_a_wrong_actual(), dry_run=True).kept_actuals == []
    assert load_plan(_without_actuals()).kept_actuals == [KEPT]  # the first plan had none to keep


def test_the_upload_preview_says_which_actuals_it_keeps(client, settings, tmp_path, run_tasks):
    settings.VAR_DIR = tmp_path
    client.force_login(get_user_model().objects.create_superuser("keikaku", password="pw-for-tests-only"))
    load_plan(_with_a_wrong_actual())
    data = json.dumps(_without_actuals(), ensure_ascii=False).encode()
    response = client.post(reverse("upload"), {"file": SimpleUploadedFile("plan.json", data), "layout": ""})
    run_tasks()
    page = client.get(response["Location"]).content.decode()
    assert "このファイルにない実績値（1件）" in page and f"<li>{KEPT}</li>" in page
