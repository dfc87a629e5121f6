"""Progress rounds and reports: read what may be seen, write a report with a token.

Anonymous readers see published rounds and their published reports (with the evaluation frozen
when the round closed). A token's user sees and does what their role allows in the web UI:
accounts.permissions decides every case, and progress.services does every change.
"""

from collections import Counter
from typing import Annotated, Any

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from ninja import Query, Router
from ninja.errors import ValidationError
from ninja.pagination import paginate

from shinchoku.accounts.permissions import can, require
from shinchoku.plans.models import InitiativeDepartment
from shinchoku.progress import evaluation, results, services
from shinchoku.progress.models import Report, Round
from shinchoku.progress.permissions import visible_rounds

from ..auth import OPTIONAL_SECURITY, token_optional, token_required
from ..common import AUTH_ERRORS, NOT_MODIFIED, READ_ERRORS, WRITE_ERRORS, PathId, get_or_404
from ..pagination import Pagination
from ..schemas import MAX_ID, ReportIn, ReportOut, ReportSavedOut, RoundDetailOut, RoundOut

router = Router(tags=["進捗管理"])

READ = {**NOT_MODIFIED, **READ_ERRORS, **AUTH_ERRORS}
TOKEN_NOTE = " APIトークンを送ると、その利用者の役割で見られるもの（自団体の公表前の回・報告など）も返す。"


def reports() -> QuerySet[Report]:
    """Reports with what permissions and responses read, in plan order (a total order)."""
    return (
        Report.objects.select_related("round__plan__municipality", "initiative")
        .prefetch_related(
            Prefetch(
                "initiative__department_links",
                queryset=InitiativeDepartment.objects.select_related("department"),
            ),
            "actuals",
        )
        .order_by("initiative__position", "pk")
    )


def visible_reports(user: Any, round_: Round) -> list[Report]:
    """The round's reports the user may read (accounts.permissions decides each one)."""
    candidates = Report.objects.filter(round=round_).select_related("round__plan__municipality")
    return [r for r in candidates if can(user, "view_report", r)]


# --- rounds -----------------------------------------------------------------------------------------


@router.get(
    "/rounds",
    response={200: list[RoundOut], **READ},
    auth=token_optional,
    openapi_extra=OPTIONAL_SECURITY,
    operation_id="list_rounds",
    summary="進捗管理の回の一覧",
    description="公表された進捗管理の回（計画・年度の順）。`plan` で計画を絞り込める。" + TOKEN_NOTE,
)
@paginate(Pagination)
def list_rounds(
    request: HttpRequest,
    plan: Annotated[int | None, Query(ge=1, le=MAX_ID, description="計画の id")] = None,
) -> QuerySet[Round]:
    rounds = visible_rounds(request.auth).order_by("plan_id", "fy", "pk")
    if plan is not None:
        rounds = rounds.filter(plan_id=plan)
    return rounds


@router.get(
    "/rounds/{id}",
    response={200: RoundDetailOut, **READ},
    auth=token_optional,
    openapi_extra=OPTIONAL_SECURITY,
    operation_id="get_round",
    summary="進捗管理の回",
    description="回の概要と、評価ごとの取組数。公表前の回は 404。" + TOKEN_NOTE,
)
def get_round(request: HttpRequest, id: PathId) -> Round:
    round_ = get_or_404(Round.objects.select_related("plan__municipality"), id)
    require(request.auth, "view_round", round_)
    shown = visible_reports(request.auth, round_)
    round_.n_reports = len(shown)
    # the reports left unpublished, counted as the public pages count them (results.withheld_reports)
    hidden = results.withheld_reports().filter(round=round_).exclude(pk__in=[r.pk for r in shown])
    round_.n_unpublished = hidden.count()
    # results only: a draft is 「未提出」, not a grade (evaluation.is_result)
    round_.grades = dict(
        sorted(Counter(r.final_grade for r in shown if r.final_grade and evaluation.is_result(r.state)).items())
    )
    return round_


@router.get(
    "/rounds/{id}/reports",
    response={200: list[ReportOut], **READ},
    auth=token_optional,
    openapi_extra=OPTIONAL_SECURITY,
    operation_id="list_round_reports",
    summary="回の進捗報告の一覧",
    description="公表された回の、公表された進捗報告（締切時に確定した評価つき）を計画の順に。" + TOKEN_NOTE,
)
@paginate(Pagination)
def list_round_reports(request: HttpRequest, id: PathId) -> QuerySet[Report]:
    round_ = get_or_404(Round.objects.select_related("plan__municipality"), id)
    require(request.auth, "view_round", round_)
    return reports().filter(pk__in=[r.pk for r in visible_reports(request.auth, round_)])


# --- reports ----------------------------------------------------------------------------------------


@router.get(
    "/reports/{id}",
    response={200: ReportOut, **READ},
    auth=token_optional,
    openapi_extra=OPTIONAL_SECURITY,
    operation_id="get_report",
    summary="進捗報告",
    description="進捗報告。公表前の報告は 404。" + TOKEN_NOTE,
)
def get_report(request: HttpRequest, id: PathId) -> Report:
    report = get_or_404(reports(), id)
    require(request.auth, "view_report", report)
    return report


@router.put(
    "/reports/{id}",
    response={200: ReportSavedOut, **WRITE_ERRORS},
    auth=token_required,
    operation_id="update_report",
    summary="進捗報告を保存する",
    description=(
        "進捗報告の項目と実績値を保存する（受付中の回で、担当課なら自課の取組の未提出・差戻しの報告、計画担当なら自団体の報告）。"
        "`version` には読み込んだときの版を送る。その後に他の人が保存していれば 409 で、何も変更しない。"
        "ただし、送った内容がすでにそのとおり保存されているとき（同じ要求の再送など）は、版が古くても 200 で今の報告を返す（何も変更せず、版も進めない）。"
        "省略した項目は変更しない。実績値は載せた指標だけ変更し、値・原文・備考がすべて空なら消す。"
        "送った実績値のうち基準値より悪いもの（達成率がマイナス）も保存し、`warnings` で確認を促す（Excel 入力のプレビューと同じ注意）。"
    ),
)
def update_report(request: HttpRequest, id: PathId, payload: ReportIn) -> Report:
    report = get_or_404(reports(), id)
    require(request.auth, "edit_report", report)
    fields = payload.model_dump(exclude_unset=True, include=set(services.REPORT_FIELDS))
    indicators = set(report.initiative.indicators.active().values_list("pk", flat=True))
    actuals: dict[int, tuple[float | None, str, str]] = {}
    errors = []
    for n, item in enumerate(payload.actuals):
        if item.indicator not in indicators:
            errors.append(
                {
                    "loc": ["body", "payload", "actuals", n, "indicator"],
                    "msg": "この取組の指標ではありません。",
                    "type": "value_error",
                }
            )
        elif item.indicator in actuals:
            errors.append(
                {
                    "loc": ["body", "payload", "actuals", n, "indicator"],
                    "msg": "同じ指標が二度あります。",
                    "type": "value_error",
                }
            )
        actuals[item.indicator] = (item.value, item.text, item.note)
    if errors:
        raise ValidationError(errors)
    services.save_report(report, version=payload.version, fields=fields, actuals=actuals)
    saved = get_or_404(reports(), id)
    # saved all the same (a decline happens), and whoever sent it asked to check — of the actuals sent, as the Excel
    # preview does (a save of the narrative alone is no news about the actuals recorded before)
    saved.warnings = services.entered_warnings(saved, services.scale_for(saved.round.plan.municipality), actuals)
    return saved


@router.post(
    "/reports/{id}/submit",
    response={200: ReportOut, **WRITE_ERRORS},
    auth=token_required,
    operation_id="submit_report",
    summary="進捗報告を提出する",
    description=(
        "未提出または差戻しの報告を提出する（進捗状況を選んであること）。提出後は担当課は変更できない。"
        "同じ利用者がすでに提出した報告（その後に承認されたものを含む）への再送は、画面の「提出済みです」と同じく"
        "提出済みとして 200 で今の報告を返す（何も変更しない。`state` で今の状態がわかる）。"
        "他の利用者が提出した報告や、提出できない状態の報告は、これまでどおり 403 または 409。"
    ),
)
def submit_report(request: HttpRequest, id: PathId) -> Report:
    report = get_or_404(reports(), id)
    require(request.auth, "view_report", report)
    # the same submission sent again (a retry after a timeout): done, as the report form answers 「提出済みです」
    if services.repeats_submission(report, request.auth, {}, {}):
        return report
    require(request.auth, "edit_report", report)
    services.submit_report(report, request.auth)
    return get_or_404(reports(), id)
