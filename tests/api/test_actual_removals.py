"""Removing a wrong actual a plan's file states through the API (``POST /indicators/{id}/actual-removals``), and what
``GET /indicators/{id}`` says of one removed: walked, the API offered no removal, and gave a removed year as if the
plan had printed nothing where the pages say 「計画ファイルの実績値 … を削除済み」."""

from __future__ import annotations

import json

from shinchoku.accounts.models import Role
from shinchoku.plans.models import Department, IndicatorValue, ValueKind
from shinchoku.progress.models import PlanRevision

from .conftest import API
from .test_write import bearer

REASON = "令和4年度の値は速報値の誤記"


def remove(client, indicator_id: int, token: str | None, body) -> object:
    headers = bearer(token) if token else {}
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(f"{API}/indicators/{indicator_id}/actual-removals", data, content_type="application/json",
                       headers=headers)  # fmt: skip


def test_the_plan_office_removes_a_wrong_actual_between_rounds(client, samples, make_user):
    indicator = samples.mynumber.indicators.get(name="マイナンバーカードの普及率")
    _, office = make_user("office", Role.PLAN_OFFICE, samples.shibata.municipality)
    read = client.get(f"{API}/indicators/{indicator.pk}").json()
    assert read["removed_actuals"] == [] and [a["fy"] for a in read["actuals"] if a["source"] == "plan"] == [
        2021, 2022, 2023,
    ]  # fmt: skip
    version = read["initiative_version"]
    assert version == samples.mynumber.version

    done = remove(client, indicator.pk, office, {"fy": 2022, "version": version, "reason": REASON})
    assert done.status_code == 200, done.json()
    body = done.json()
    assert [a["fy"] for a in body["actuals"] if a["source"] == "plan"] == [2021, 2023]
    (removed,) = body["removed_actuals"]
    revision = PlanRevision.objects.get(plan=samples.shibata)
    assert removed == {
        "fy": 2022, "value": 68.3, "text": "68.3%", "reason": REASON, "revision": revision.number,
        "removed_at": removed["removed_at"], "label": f"計画ファイルの実績値 68.3% を削除済み（理由：{REASON}）",
    }  # fmt: skip
    assert removed["removed_at"].endswith("+09:00") and body["initiative_version"] == version + 1
    row = IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.ACTUAL, fy=2022)
    assert row.value is None and row.history.latest().history_user.username == "office"
    # anyone reading the indicator, or its initiative, is told it was removed and why
    public = client.get(f"{API}/indicators/{indicator.pk}").json()
    assert public["removed_actuals"] == body["removed_actuals"]
    initiative = client.get(f"{API}/initiatives/{samples.mynumber.pk}").json()
    listed = next(i for i in initiative["indicators"] if i["id"] == indicator.pk)
    assert [r["fy"] for r in listed["removed_actuals"]] == [2022]
    # the same removal sent again (a retry after a timeout): done, nothing more
    again = remove(client, indicator.pk, office, {"fy": 2022, "version": version, "reason": REASON})
    assert again.status_code == 200 and PlanRevision.objects.filter(plan=samples.shibata).count() == 1


def test_a_removal_needs_the_plan_office_a_reason_and_the_current_version(client, samples, make_user):
    indicator = samples.mynumber.indicators.get(name="マイナンバーカードの普及率")
    department = Department.objects.create(municipality=samples.shibata.municipality, name="情報政策課")
    samples.mynumber.department_links.create(department=department, position=0)
    _, editor = make_user("editor", Role.EDITOR, samples.shibata.municipality, [department])
    _, stranger = make_user("stranger", Role.PLAN_OFFICE, samples.nobeoka.municipality)
    _, office = make_user("office", Role.PLAN_OFFICE, samples.shibata.municipality)
    version = samples.mynumber.version
    body = {"fy": 2023, "version": version, "reason": REASON}

    assert remove(client, indicator.pk, None, body).status_code == 401
    assert (
        remove(client, indicator.pk, editor, body).status_code == 403
    )  # its own 取組: the plan's data is not
    assert remove(client, indicator.pk, stranger, body).status_code == 404
    blank = remove(client, indicator.pk, office, {"fy": 2023, "version": version, "reason": "  "})
    assert blank.status_code == 400
    assert blank.json() == {"detail": "計画ファイルの実績値を削除する理由を入力してください。"}
    # past the web forms' 500 characters: refused by the schema, as the forms refuse it (it was 2,000 here)
    assert remove(client, indicator.pk, office, {**body, "reason": "あ" * 501}).status_code == 422
    # none or an empty one: refused by the schema, which says it is required (minLength 1)
    for body_without in ({"fy": 2023, "version": version}, {"fy": 2023, "version": version, "reason": ""}):
        missing = remove(client, indicator.pk, office, body_without)
        assert missing.status_code == 422 and missing.json()["errors"][0]["loc"][-1] == "reason"
    stale = remove(client, indicator.pk, office, {**body, "version": version + 1})
    assert stale.status_code == 409
    assert stale.json()["detail"].startswith("この取組は、表示した後に他の人が変更しました。")
    no_figure = remove(client, indicator.pk, office, {**body, "fy": 2024})
    assert no_figure.status_code == 409
    assert (
        no_figure.json()["detail"]
        == "マイナンバーカードの普及率の令和6年度には、削除できる計画ファイルの実績値がありません。"
    )
    row = IndicatorValue.objects.get(indicator=indicator, kind=ValueKind.ACTUAL, fy=2023)
    assert row.value == 80.7 and not PlanRevision.objects.filter(plan=samples.shibata).exists()


def test_the_removal_is_in_the_openapi_schema(client):
    schema = client.get(f"{API}/openapi.json").json()
    operation = schema["paths"]["/api/v1/indicators/{id}/actual-removals"]["post"]
    assert operation["operationId"] == "remove_plan_actual"
    assert {"200", "400", "401", "403", "404", "409", "422"} <= set(operation["responses"])
    assert schema["components"]["schemas"]["ActualRemovalIn"]["properties"]["reason"]["maxLength"] == 500
    fields = schema["components"]["schemas"]["IndicatorOut"]["properties"]
    assert {"removed_actuals", "initiative_version"} <= set(fields)
    removal = schema["components"]["schemas"]["ActualRemovalIn"]
    assert removal["required"] == ["fy", "version", "reason"]
    assert (removal["properties"]["reason"]["minLength"], removal["properties"]["reason"]["maxLength"]) == (1, 500)
