"""Writing with an API token: the same roles as the UI, the services' rules, JSON errors."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from shinchoku.accounts.models import Role
from shinchoku.api.models import ApiToken, digest
from shinchoku.plans.models import Department, ValueKind
from shinchoku.progress import services
from shinchoku.progress.models import RecordedActual, Report
from tests.scales import own_scale

from .conftest import API


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def put(client, report_id: int, token: str | None, body) -> object:
    headers = bearer(token) if token else {}
    data = body if isinstance(body, str) else json.dumps(body)
    return client.put(f"{API}/reports/{report_id}", data, content_type="application/json", headers=headers)


def submit(client, report_id: int, token: str | None) -> object:
    return client.post(f"{API}/reports/{report_id}/submit", headers=bearer(token) if token else {})


@pytest.fixture
def open_report(samples, department) -> Report:
    """The report on initiative 12 (情報政策課) in a newly opened 令和6年度 round."""
    round_ = services.open_round(samples.shibata, 2024, date(2025, 5, 31))
    return round_.reports.get(initiative=samples.mynumber)


@pytest.fixture
def editor(samples, department, make_user):
    return make_user("editor", Role.EDITOR, samples.shibata.municipality, [department])


@pytest.fixture
def indicator(samples):
    return samples.mynumber.indicators.get(name="マイナンバーカードの普及率")


def test_editor_saves_and_submits_a_report(client, open_report, editor, indicator):
    user, token = editor
    seen = client.get(f"{API}/reports/{open_report.pk}", headers=bearer(token))
    # An unpublished report: revalidated, for its user only, and never stored (the ETag still answers 304).
    assert seen.status_code == 200 and seen["Cache-Control"] == "no-cache, private, no-store"
    assert seen.json()["state"] == "draft" and seen.json()["evaluation"] is None
    version = seen.json()["version"]

    body = {
        "version": version,
        "status": "in_progress",
        "achievements": "出張申請窓口を開設した。",
        "actuals": [{"indicator": indicator.pk, "value": 85.1, "text": "85.1%", "note": "3月末時点"}],
    }
    saved = put(client, open_report.pk, token, body)
    assert saved.status_code == 200, saved.content
    data = saved.json()
    assert data["version"] == version + 1 and data["status"] == "in_progress"
    assert data["achievements"] == "出張申請窓口を開設した。"
    assert data["actuals"] == [
        {"indicator": indicator.pk, "value": 85.1, "text": "85.1%", "note": "3月末時点"}
    ]
    assert RecordedActual.objects.get(report=open_report).value == 85.1
    assert data["warnings"] == []
    assert open_report.history.latest().history_user == user  # the token's user, in the change history

    # fields left out are kept
    again = put(client, open_report.pk, token, {"version": data["version"], "issues": "高齢者への周知"})
    assert (
        again.json()["achievements"] == "出張申請窓口を開設した。"
        and again.json()["issues"] == "高齢者への周知"
    )

    submitted = submit(client, open_report.pk, token)
    assert submitted.status_code == 200 and submitted.json()["state"] == "submitted"
    report = Report.objects.get(pk=open_report.pk)
    assert report.state == Report.State.SUBMITTED and report.submitted_by == user

    # once submitted, the department may no longer change it
    late = put(client, open_report.pk, token, {"version": submitted.json()["version"], "issues": "追記"})
    assert late.status_code == 403 and late.json() == {"detail": "この操作を行う権限がありません。"}


def test_an_actual_worse_than_its_baseline_is_saved_with_a_warning(client, open_report, editor, indicator):
    """As on the report's page and in the Excel preview: a decline happens, so it is saved, and the sender is asked
    to check it (a figure of the wrong year or unit is as likely)."""
    _, token = editor
    # (新発田市's plan prints neither a baseline nor a 令和6年度 target for it: say 20% and 40%)
    indicator.baseline_value, indicator.has_baseline = 20.0, True
    indicator.save()
    indicator.values.create(kind=ValueKind.TARGET, fy=2024, value=40.0, text="40%")
    version = client.get(f"{API}/reports/{open_report.pk}", headers=bearer(token)).json()["version"]
    body = {"version": version, "actuals": [{"indicator": indicator.pk, "value": 10.0, "text": "10.0%"}]}
    saved = put(client, open_report.pk, token, body)
    assert saved.status_code == 200, saved.content
    assert RecordedActual.objects.get(report=open_report).value == 10.0
    (warning,) = saved.json()["warnings"]
    assert warning.startswith("マイナンバーカードの普及率の実績値が基準値を下回っています（達成率 -")
    assert warning.endswith("）。入力に誤りがないか確認してください。")


def test_stale_version_is_409_and_changes_nothing(client, open_report, editor):
    _, token = editor
    assert put(client, open_report.pk, token, {"version": 0, "results": "一回目"}).status_code == 200
    stale = put(client, open_report.pk, token, {"version": 0, "results": "二回目"})
    assert stale.status_code == 409
    assert "他の人が保存しました" in stale.json()["detail"]
    assert Report.objects.get(pk=open_report.pk).results == "一回目"


def test_a_save_sent_again_on_the_version_it_moved_on_is_done_not_409(client, open_report, editor, indicator):
    """A client retrying a PUT whose answer it never got sends the version the first one moved on: it was 409
    「他の人が保存しました」 for its own save. What the report already holds is no conflict: 200, nothing written."""
    _, token = editor
    body = {
        "version": 0,
        "status": "in_progress",
        "results": "一回目",
        "actuals": [{"indicator": indicator.pk, "value": 85.1, "text": "", "note": "3月末時点"}],
    }
    assert put(client, open_report.pk, token, body).status_code == 200
    history = open_report.history.count()
    again = put(client, open_report.pk, token, body)
    assert again.status_code == 200, again.content
    assert (again.json()["version"], again.json()["results"]) == (1, "一回目")
    assert again.json()["actuals"] == [{"indicator": indicator.pk, "value": 85.1, "text": "", "note": "3月末時点"}]
    assert Report.objects.get(pk=open_report.pk).version == 1 and open_report.history.count() == history
    # one value other than the one held, on that stale version: still the conflict, nothing changed
    other = {**body, "actuals": [{"indicator": indicator.pk, "value": 86.0, "text": "", "note": "3月末時点"}]}
    assert put(client, open_report.pk, token, other).status_code == 409
    assert RecordedActual.objects.get(report=open_report).value == 85.1


def test_submitting_again_answers_the_report_as_submitted(client, samples, open_report, editor, make_user):
    """The form answers a second 「保存して提出する」 「提出済みです」; the API answered the same request 403 (the department
    may no longer edit a submitted report) or, for the plan office, 409 「「提出済」の報告にはこの操作はできません」."""
    user, token = editor
    assert put(client, open_report.pk, token, {"version": 0, "status": "in_progress"}).status_code == 200
    first = submit(client, open_report.pk, token)
    assert first.status_code == 200 and first.json()["state"] == "submitted"
    again = submit(client, open_report.pk, token)
    assert again.status_code == 200, again.content
    assert (again.json()["state"], again.json()["version"]) == ("submitted", first.json()["version"])
    # approved since: the repeat answers the report as it is now
    office, office_token = make_user("office", Role.PLAN_OFFICE, samples.shibata.municipality)
    services.approve_report(Report.objects.get(pk=open_report.pk), office)
    late = submit(client, open_report.pk, token)
    assert late.status_code == 200 and late.json()["state"] == "approved"
    assert Report.objects.get(pk=open_report.pk).submitted_by == user
    # not a repeat of the plan office's, who submitted nothing: the transition is still refused
    refused = submit(client, open_report.pk, office_token)
    assert refused.status_code == 409
    assert refused.json() == {"detail": "「承認済」の報告にはこの操作はできません。"}


def test_the_plan_offices_own_submission_sent_again_is_submitted(client, samples, open_report, make_user):
    _, token = make_user("office", Role.PLAN_OFFICE, samples.shibata.municipality)
    assert put(client, open_report.pk, token, {"version": 0, "status": "done"}).status_code == 200
    assert submit(client, open_report.pk, token).status_code == 200
    again = submit(client, open_report.pk, token)
    assert again.status_code == 200 and again.json()["state"] == "submitted"
    assert Report.objects.get(pk=open_report.pk).version == 2


def test_submitting_without_a_status_is_409_with_the_services_message(client, open_report, editor):
    _, token = editor
    response = submit(client, open_report.pk, token)
    assert response.status_code == 409
    assert response.json() == {"detail": "進捗状況を選んでから提出してください。"}


def test_roles_decide_as_in_the_ui(client, samples, open_report, make_user, indicator):
    other_department = Department.objects.create(municipality=samples.shibata.municipality, name="市民課")
    _, other = make_user("other", Role.EDITOR, samples.shibata.municipality, [other_department])
    _, viewer = make_user("viewer", Role.VIEWER, samples.shibata.municipality)
    _, stranger = make_user("stranger", Role.PLAN_OFFICE, samples.nobeoka.municipality)
    _, office = make_user("office", Role.PLAN_OFFICE, samples.shibata.municipality)
    _, nobody = make_user("nobody", None)

    body = {"version": 0, "status": "done"}
    assert put(client, open_report.pk, other, body).status_code == 403
    assert put(client, open_report.pk, viewer, body).status_code == 403
    # another municipality's unpublished round: as if it did not exist
    assert put(client, open_report.pk, stranger, body).status_code == 404
    assert put(client, open_report.pk, nobody, body).status_code == 404
    assert client.get(f"{API}/reports/{open_report.pk}", headers=bearer(stranger)).status_code == 404
    # members of the municipality may read the open round
    assert client.get(f"{API}/reports/{open_report.pk}", headers=bearer(viewer)).status_code == 200
    rounds = client.get(f"{API}/rounds", {"plan": samples.shibata.pk}, headers=bearer(viewer)).json()
    assert [r["fy"] for r in rounds["items"]] == [2021, 2022, 2023, 2024]
    # the plan office may edit any report of its municipality
    assert put(client, open_report.pk, office, body).status_code == 200
    assert Report.objects.get(pk=open_report.pk).status == "done"


def test_closed_rounds_cannot_be_written(client, samples, make_user):
    _, office = make_user("office", Role.PLAN_OFFICE, samples.shibata.municipality)
    closed = Report.objects.filter(round__plan=samples.shibata, round__fy=2023).first()
    response = put(client, closed.pk, office, {"version": closed.version, "results": "後から"})
    assert response.status_code == 403
    assert submit(client, closed.pk, office).status_code == 403


def test_tokens_missing_malformed_unknown_or_revoked_are_401(client, open_report, editor):
    user, token = editor
    body = {"version": 0, "results": "x"}
    missing = put(client, open_report.pk, None, body)
    assert missing.status_code == 401 and missing["WWW-Authenticate"].startswith("Bearer")
    assert "APIトークン" in missing.json()["detail"]
    assert put(client, open_report.pk, token + "x", body).status_code == 401
    garbled = client.put(
        f"{API}/reports/{open_report.pk}", json.dumps(body), content_type="application/json",
        headers={"authorization": "Basic dXNlcjpwYXNz"},
    )  # fmt: skip
    assert garbled.status_code == 401
    # a token sent to a read endpoint is checked too, never silently ignored
    assert client.get(f"{API}/rounds", headers=bearer("nonsense")).status_code == 401

    ApiToken.objects.get(user=user).revoke()
    revoked = put(client, open_report.pk, token, body)
    assert revoked.status_code == 401
    assert revoked.json() == {"detail": "APIトークンが正しくないか、失効しています。"}

    user.is_active = False
    user.save()
    _, fresh = ApiToken.objects.issue(user)
    assert put(client, open_report.pk, fresh, body).status_code == 401


def test_invalid_bodies_are_json_errors(client, open_report, editor, samples, indicator):
    _, token = editor
    bad_json = put(client, open_report.pk, token, "{not json")
    assert (
        bad_json.status_code == 400
        and bad_json.json()["detail"] == "リクエストの本文を JSON として読めません。"
    )
    no_version = put(client, open_report.pk, token, {"results": "x"})
    assert no_version.status_code == 422 and no_version.json()["detail"].startswith("入力が正しくありません")
    bad_status = put(client, open_report.pk, token, {"version": 0, "status": "finished"})
    assert bad_status.status_code == 422
    foreign = samples.nobeoka.initiatives.filter(indicators__isnull=False).first().indicators.first()
    wrong_indicator = put(
        client, open_report.pk, token, {"version": 0, "actuals": [{"indicator": foreign.pk, "value": 1}]}
    )
    assert wrong_indicator.status_code == 422
    assert wrong_indicator.json()["errors"][0]["msg"] == "この取組の指標ではありません。"
    nan = put(
        client,
        open_report.pk,
        token,
        f'{{"version": 0, "actuals": [{{"indicator": {indicator.pk}, "value": NaN}}]}}',
    )
    assert nan.status_code == 422
    nul = put(client, open_report.pk, token, {"version": 0, "issues": "a\x00b"})
    assert nul.status_code == 422
    surrogate = put(client, open_report.pk, token, '{"version": 0, "issues": "\\ud800"}')
    assert surrogate.status_code == 422
    assert Report.objects.get(pk=open_report.pk).version == 0  # nothing of the above saved
    # the report form's and the Excel sheet's limit: what the API saves, both can read back
    assert put(client, open_report.pk, token, {"version": 0, "issues": "あ" * 10_001}).status_code == 422
    assert put(client, open_report.pk, token, {"version": 0, "issues": "あ" * 10_000}).status_code == 200
    assert Report.objects.get(pk=open_report.pk).version == 1


def test_validation_messages_are_japanese_with_loc_and_type_kept(client, open_report, editor, indicator):
    """Walked: 「"value": "abc"」 answered errors[0].msg 「Input should be a valid number, unable to parse string as a
    number」 under a Japanese detail. Each common error of pydantic is said in Japanese; loc and type stay as they were."""
    _, token = editor

    def errors(body) -> list[tuple[list, str, str]]:
        response = put(client, open_report.pk, token, body)
        assert response.status_code == 422, response.content
        return [(e["loc"], e["msg"], e["type"]) for e in response.json()["errors"]]

    assert errors({"version": 0, "actuals": [{"indicator": indicator.pk, "value": "abc"}]}) == [
        (["body", "payload", "actuals", 0, "value"], "数値を入力してください（例: 85.1）。", "float_parsing")
    ]
    assert errors({"results": "x"}) == [(["body", "payload", "version"], "必須の項目です。", "missing")]
    assert errors({"version": "一"}) == [(["body", "payload", "version"], "整数を入力してください。", "int_parsing")]
    assert errors({"version": 1.5}) == [
        (["body", "payload", "version"], "整数を入力してください（小数は使えません）。", "int_from_float")
    ]
    assert errors({"version": -1}) == [(["body", "payload", "version"], "0以上の値を指定してください。", "greater_than_equal")]
    assert errors({"version": 0, "issues": 5}) == [(["body", "payload", "issues"], "文字列を入力してください。", "string_type")]
    assert errors({"version": 0, "issues": "あ" * 10_001}) == [
        (["body", "payload", "issues"], "10000文字以内で入力してください。", "string_too_long")
    ]
    assert errors({"version": 0, "actuals": {"indicator": indicator.pk}}) == [
        (["body", "payload", "actuals"], "配列（[…]）で指定してください。", "list_type")
    ]
    ((loc, msg, kind),) = errors({"version": 0, "status": "finished"})
    assert (loc, kind) == (["body", "payload", "status"], "literal_error")
    assert msg == (
        '次のいずれかを指定してください: "not_started"、"considering"、"in_progress"、"done"、"cancelled"、"postponed"、""'
    )
    assert errors({"version": 0, "actuals": [{"indicator": indicator.pk, "value": 1, "note": "a\x00b"}]}) == [
        (["body", "payload", "actuals", 0, "note"], "使えない文字が含まれています。", "string_pattern_mismatch")
    ]
    assert errors('{"version": 0, "issues": "\\ud800"}') == [
        (["body", "payload", "issues"], "文字として読めない値が含まれています。", "string_unicode")
    ]
    # the API's own words are kept
    assert errors({"version": 0, "actuals": [{"indicator": indicator.pk}, {"indicator": indicator.pk}]}) == [
        (["body", "payload", "actuals", 1, "indicator"], "同じ指標が二度あります。", "value_error")
    ]
    # a parameter of the path or the query, the same
    response = client.get(f"{API}/rounds", {"limit": 101})
    assert response.json()["errors"] == [
        {"loc": ["query", "limit"], "msg": "100以下の値を指定してください。", "type": "less_than_equal"}
    ]
    assert response.json()["detail"] == "入力が正しくありません。（limit）"


def test_a_self_grade_outside_the_municipalitys_scale_is_422_and_not_saved(client, samples, open_report, editor):
    """Walked: 「Z」 was saved (200) and shown on the public pages, the committee report, reports.csv and the
    進捗管理表. Only the grades of the municipality's scale — those the report form's select offers — are taken."""
    _, token = editor
    refused = put(client, open_report.pk, token, {"version": 0, "self_grade": "Z"})
    assert refused.status_code == 422
    assert refused.json() == {
        "detail": "入力が正しくありません。（payload.self_grade）",
        "errors": [
            {
                "loc": ["body", "payload", "self_grade"],
                "msg": "この自治体の評価基準にない評価です（A・B・C・D）。",
                "type": "value_error",
            }
        ],
    }
    report = Report.objects.get(pk=open_report.pk)
    assert (report.self_grade, report.version) == ("", 0)
    saved = put(client, open_report.pk, token, {"version": 0, "self_grade": "D"})
    assert saved.status_code == 200 and saved.json()["self_grade"] == "D"
    # the municipality's own scale, not A–D
    own_scale(samples.shibata.municipality)
    b = put(client, open_report.pk, token, {"version": 1, "self_grade": "B"})
    assert b.status_code == 422
    assert b.json()["errors"][0]["msg"] == "この自治体の評価基準にない評価です（S・A・C・－）。"
    assert put(client, open_report.pk, token, {"version": 1, "self_grade": "S"}).status_code == 200
    # 「D」, saved under the scale before, is kept while the report's other fields are saved; clearing is allowed
    Report.objects.filter(pk=open_report.pk).update(self_grade="D")
    assert put(client, open_report.pk, token, {"version": 2, "self_grade": "D", "issues": "追記"}).status_code == 200
    assert put(client, open_report.pk, token, {"version": 3, "self_grade": ""}).status_code == 200
    assert Report.objects.get(pk=open_report.pk).self_grade == ""


def test_token_is_stored_hashed_and_records_its_use(client, open_report, editor):
    user, token = editor
    stored = ApiToken.objects.get(user=user)
    assert stored.digest == digest(token) and token not in (stored.digest, stored.prefix)
    assert stored.prefix == token[:8] and stored.last_used_at is None
    client.get(f"{API}/reports/{open_report.pk}", headers=bearer(token))
    stored.refresh_from_db()
    assert stored.last_used_at is not None


def test_createtoken_command(client, open_report, editor):
    user, _ = editor
    out, err = io.StringIO(), io.StringIO()
    call_command("createtoken", "editor", "--name", "集計スクリプト", stdout=out, stderr=err)
    token = out.getvalue().strip()
    assert "一度だけ" in err.getvalue()
    assert client.get(f"{API}/reports/{open_report.pk}", headers=bearer(token)).status_code == 200

    listing = io.StringIO()
    call_command("createtoken", "editor", "--list", stdout=listing)
    assert token[:8] in listing.getvalue() and "集計スクリプト" in listing.getvalue()

    call_command("createtoken", "editor", "--revoke", token[:8], stdout=io.StringIO())
    assert client.get(f"{API}/reports/{open_report.pk}", headers=bearer(token)).status_code == 401

    with pytest.raises(CommandError, match="いません"):
        call_command("createtoken", "no-such-user")


def test_an_actual_out_of_the_forms_range_is_refused_with_the_forms_message(client, open_report, editor, indicator):
    """`value: 1e14` and `-1e300` answered 200 where the report form and the Excel sheet refuse them: the page then
    showed a 300-digit 実績値 graded A and the form could not be saved again. One limit (``core.numbers.out_of_range``,
    kept by save_report): 422 with the form's message, nothing saved; 9,999,999,999,999 is taken."""
    _, token = editor
    for value in (1e14, -1e300, 1e13):
        body = {"version": 0, "status": "in_progress", "actuals": [{"indicator": indicator.pk, "value": value}]}
        refused = put(client, open_report.pk, token, body)
        assert refused.status_code == 422, refused.content
        assert refused.json()["errors"] == [{
            "loc": ["body", "payload", "actuals"], "msg": "大きすぎる数値です（10兆未満で入力してください）。",
            "type": "value_error",
        }]  # fmt: skip
    report = Report.objects.get(pk=open_report.pk)
    assert (report.version, report.status) == (0, "") and not RecordedActual.objects.filter(report=open_report).exists()
    body = {"version": 0, "actuals": [{"indicator": indicator.pk, "value": 9_999_999_999_999}]}
    assert put(client, open_report.pk, token, body).status_code == 200
    assert RecordedActual.objects.get(report=open_report).value == 9_999_999_999_999


def test_a_recorded_actual_is_corrected_not_emptied_as_on_the_form_and_in_excel(client, open_report, editor, indicator):
    """`actuals:[{indicator, value: null, text: ""}]` answered 200 and left `{"value": null, "text": ""}` while the
    report form and the Excel sheet refused to empty a recorded actual (found walking a round): one rule
    (services.empties_actual, kept by save_report), 422 here and nothing saved; words in its place are taken."""
    _, token = editor
    body = {"version": 0, "actuals": [{"indicator": indicator.pk, "value": 85.1, "text": "85.1%", "note": ""}]}
    assert put(client, open_report.pk, token, body).status_code == 200
    emptied = {"version": 1, "status": "in_progress",
               "actuals": [{"indicator": indicator.pk, "value": None, "text": "", "note": ""}]}  # fmt: skip
    refused = put(client, open_report.pk, token, emptied)
    assert refused.status_code == 422, refused.content
    assert refused.json()["errors"] == [{
        "loc": ["body", "payload", "actuals"],
        "msg": "登録済みの実績値は空にできません。値を訂正するか、実績値（原文）に「未集計」などと記入してください。",
        "type": "value_error",
    }]  # fmt: skip
    report = Report.objects.get(pk=open_report.pk)
    assert (report.version, report.status) == (1, "")
    assert (RecordedActual.objects.get(report=open_report).value, RecordedActual.objects.get(report=open_report).text) == (
        85.1, "85.1%")  # fmt: skip
    words = {"version": 1, "actuals": [{"indicator": indicator.pk, "value": None, "text": "未集計", "note": ""}]}
    assert put(client, open_report.pk, token, words).status_code == 200
    actual = RecordedActual.objects.get(report=open_report)
    assert (actual.value, actual.text) == (None, "未集計")
