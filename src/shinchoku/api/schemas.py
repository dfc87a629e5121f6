"""Request and response shapes of the API (pydantic via django-ninja); descriptions are Japanese.

Responses are built from model instances through ``from_attributes`` and ``resolve_*`` methods;
nothing here queries the database beyond what the routers prefetched.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import AfterValidator, field_validator

from shinchoku.plans.actuals import removed
from shinchoku.plans.models import Direction, PlanKind, Scope, ValueKind
from shinchoku.progress.evaluation import BASIS_LABELS
from shinchoku.progress.models import MAX_NOTE, MAX_REPORT_TEXT, Report, Round, Status
from shinchoku.progress.services import REMOVAL_REASON_LIMIT

#: Largest id accepted in a path or filter (the range of a 64-bit primary key).
MAX_ID = 2**63 - 1
#: Text sent to the API may not contain NUL (PostgreSQL cannot store it).
NO_NUL = r"^[^\x00]*$"


def _finite(value: float | None) -> float | None:
    return value if value is None or math.isfinite(value) else None


def _choices(values: list[str], *, blank: bool = False) -> Any:
    """A Literal of a model's choices (so the schema lists them), with "" when the field may be blank."""
    return Literal[(*values, "")] if blank else Literal[tuple(values)]


def _encodable(value: str) -> str:
    """JSON may carry lone surrogates (\\ud800) that no database can store: refuse them (422)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("文字として読めない値が含まれています。") from None
    return value


# --- errors -------------------------------------------------------------------------------------


class FieldError(Schema):
    loc: list[str | int] = Field(description='エラーのあった場所（例: ["query", "limit"]）')
    msg: str = Field(description="エラーの内容")
    type: str = Field(description="エラーの種類")


class ErrorOut(Schema):
    detail: str = Field(description="エラーの内容（日本語）")
    errors: list[FieldError] | None = Field(None, description="入力エラーの詳細（422 のときのみ）")


# --- municipalities and plans ---------------------------------------------------------------------


class MunicipalityOut(Schema):
    id: int
    name: str = Field(description="名称（例: 新発田市）")
    prefecture: str = Field(description="都道府県")
    code: str | None = Field(description="全国地方公共団体コード（6桁、検査数字を含む）")


PlanKindCode = _choices(PlanKind.values)


class PlanSummaryOut(Schema):
    id: int
    title: str = Field(description="計画名")
    published: str = Field(description="公表年月（YYYY-MM、不明なら空）")
    start_fy: int | None = Field(description="計画期間の開始年度（西暦）")
    end_fy: int | None = Field(description="計画期間の終了年度（西暦）")
    kind: PlanKindCode = Field(
        description="計画の種類: own（この自治体が進捗を管理する計画）、reference（参考計画: 他の自治体が公表した計画の写し）"
    )
    reference_source: str = Field(
        description="参考計画を得た元（公表ページのURL、ファイル名、バンドル）。自治体の計画では空"
    )


class MunicipalityDetailOut(MunicipalityOut):
    plans: list[PlanSummaryOut] = Field(description="この自治体の計画")

    @staticmethod
    def resolve_plans(obj: Any) -> list[Any]:
        return list(obj.plans.all())


class PlanOut(PlanSummaryOut):
    municipality: MunicipalityOut = Field(description="自治体")
    vision: str = Field(description="目指す姿・ビジョン")
    source_layout: str = Field(description="取り込んだ計画書の様式")
    imported_at: datetime = Field(description="取込日時")
    updated_at: datetime = Field(description="更新日時")


class SectionOut(Schema):
    id: int
    parent: int | None = Field(description="上位の施策体系の id（最上位なら null）")
    key: str = Field(description="計画内で一意のキー")
    level: str = Field(description="階層名（基本方針、施策分野 など）")
    code: str = Field(description="番号")
    title: str = Field(description="名称")
    depth: int = Field(description="深さ（最上位が 0）")
    position: int = Field(description="計画内の表示順")

    @staticmethod
    def resolve_parent(obj: Any) -> int | None:
        return obj.parent_id


# --- initiatives and indicators ---------------------------------------------------------------------

ScopeCode = _choices(Scope.values, blank=True)
DirectionCode = _choices(Direction.values, blank=True)


class DepartmentOut(Schema):
    id: int
    name: str = Field(description="担当課の名称")


class InitiativeOut(Schema):
    id: int
    plan: int = Field(description="計画の id")
    section: int | None = Field(description="施策体系の id")
    code: str = Field(description="番号")
    title: str = Field(description="名称")
    summary: str = Field(description="概要")
    scope: ScopeCode = Field(description="区分: national（国）/ local（市）/ 空")
    priority: str = Field(description="重点（重点施策など。なければ空）")
    marks: list[str] = Field(description="印（【完了】【新】など）")
    departments: list[DepartmentOut] = Field(description="担当課（計画に載っている順。先頭が主担当）")
    n_indicators: int = Field(description="指標の数")
    position: int = Field(description="計画内の表示順")

    @staticmethod
    def resolve_plan(obj: Any) -> int:
        return obj.plan_id

    @staticmethod
    def resolve_section(obj: Any) -> int | None:
        return obj.section_id

    @staticmethod
    def resolve_marks(obj: Any) -> list[str]:
        return [str(m) for m in (obj.marks or [])]

    @staticmethod
    def resolve_departments(obj: Any) -> list[Any]:
        return [link.department for link in obj.department_links.all()]

    @staticmethod
    def resolve_n_indicators(obj: Any) -> int:
        n = getattr(obj, "n_indicators", None)
        return n if n is not None else len(obj.indicators.all())


class ScheduleOut(Schema):
    fy: int = Field(description="年度（西暦）")
    half: int | None = Field(description="半期: 1（前期）/ 2（後期）/ null（通年）")
    label: str = Field(description="内容")


class BudgetOut(Schema):
    fy: int = Field(description="年度（西暦）")
    amount: float | None = Field(description="金額")
    unit: str = Field(description="単位（通常は 千円）")

    @staticmethod
    def resolve_amount(obj: Any) -> float | None:
        return None if obj.amount is None else float(obj.amount)


class PointOut(Schema):
    fy: int | None = Field(description="年度（西暦）")
    value: float | None = Field(description="数値（数値として読めなければ null）")
    text: str = Field(description="計画書の記載（原文）")

    @staticmethod
    def resolve_value(obj: Any) -> float | None:
        return _finite(obj["value"] if isinstance(obj, dict) else obj.value)


class ActualOut(PointOut):
    source: Literal["plan", "report"] = Field(
        description="plan: 計画書に記載された実績値 / report: 公表された進捗報告で担当課が記録した実績値"
    )
    round: int | None = Field(None, description="報告の回の id（source が report のとき）")


class RemovedActualOut(Schema):
    fy: int = Field(description="年度（西暦）")
    value: float | None = Field(description="削除した計画ファイルの実績値（数値。数値として読めなければ null）")
    text: str = Field(description="削除した計画ファイルの実績値（原文）")
    reason: str = Field(description="削除の理由（計画の改訂の理由）")
    revision: int | None = Field(description="削除を記録した計画の改訂の番号（第N版）")
    removed_at: datetime | None = Field(description="削除した日時")
    label: str = Field(description="画面・資料と同じ表示（例: 計画ファイルの実績値 912人 を削除済み（理由：…））")


class IndicatorOut(Schema):
    id: int
    initiative: int = Field(description="取組の id")
    initiative_version: int = Field(
        description="取組の版。計画ファイルの実績値を削除する（POST /indicators/{id}/actual-removals）ときに送り返す"
    )
    name: str = Field(description="指標名")
    kind: Literal["KPI", "KGI"] = Field(description="種別")
    unit: str = Field(description="単位")
    direction: DirectionCode = Field(
        description="目標の方向: increase（増加）/ decrease（減少）/ maintain（維持）/ 空（不明）"
    )
    baseline: PointOut | None = Field(description="基準値")
    final_target: PointOut | None = Field(
        description="最終目標（計画に最終目標の記載がなければ、目標値のある最後の年度の目標値）"
    )
    tolerance: float | None = Field(description="許容幅（指標と同じ単位）")
    targets: list[PointOut] = Field(description="年度ごとの目標値")
    actuals: list[ActualOut] = Field(description="年度ごとの実績値")
    removed_actuals: list[RemovedActualOut] = Field(
        description="計画担当が誤りとして削除した計画ファイルの実績値（年度ごと。actuals には含まない）と、その理由・計画の改訂"
    )

    @staticmethod
    def resolve_initiative(obj: Any) -> int:
        return obj.initiative_id

    @staticmethod
    def resolve_initiative_version(obj: Any) -> int:
        return obj.initiative.version

    @staticmethod
    def resolve_removed_actuals(obj: Any) -> list[dict[str, Any]]:
        """What ``routers.initiatives.attach_removals`` read (``progress.removals``), oldest year first."""
        return [
            {"fy": r.fy, "value": _finite(r.figure[0]), "text": r.figure[1], "reason": r.reason,
             "revision": r.revision, "removed_at": r.removed_at, "label": r.label(obj.unit)}
            for _fy, r in sorted(getattr(obj, "removals", {}).items())
        ]  # fmt: skip

    @staticmethod
    def resolve_baseline(obj: Any) -> dict[str, Any] | None:
        if not obj.has_baseline:
            return None
        return {"fy": obj.baseline_fy, "value": obj.baseline_value, "text": obj.baseline_text}

    @staticmethod
    def resolve_final_target(obj: Any) -> dict[str, Any] | None:
        final = obj.final_target  # the plan's, else its last year's target: the pages' and the workbook's rule
        return None if final is None else {"fy": final.fy, "value": final.value, "text": final.text}

    @staticmethod
    def resolve_tolerance(obj: Any) -> float | None:
        return _finite(obj.tolerance)

    @staticmethod
    def resolve_targets(obj: Any) -> list[Any]:
        return [v for v in obj.values.all() if v.kind == ValueKind.TARGET]

    @staticmethod
    def resolve_actuals(obj: Any) -> list[dict[str, Any]]:
        printed = [
            {"fy": v.fy, "value": v.value, "text": v.text, "source": "plan", "round": None}
            for v in obj.values.all()
            if v.kind == ValueKind.ACTUAL and not removed(v)  # one removed in the app states nothing
        ]
        recorded = [
            {
                "fy": a.report.round.fy,
                "value": a.value,
                "text": a.text,
                "source": "report",
                "round": a.report.round_id,
            }
            for a in getattr(obj, "public_actuals", [])
        ]
        return printed + recorded


class NationalItemOut(Schema):
    code: str = Field(description="項目のコード（版をまたいで同じ項目は同じコード。例: security）")
    title: str = Field(description="項目名（例: セキュリティ対策の徹底）")
    group: str = Field(description="区分: 推進体制 / 重点取組事項 / 地域社会のデジタル化等")
    edition: str = Field(description="国の計画の版（公表日 YYYY-MM-DD）")
    edition_title: str = Field(description="版の名称（例: 自治体DX推進計画（第2.3版））")

    @staticmethod
    def resolve_edition(obj: Any) -> str:
        return obj.edition.key

    @staticmethod
    def resolve_edition_title(obj: Any) -> str:
        return obj.edition.title


class PlanRefOut(Schema):
    id: int
    title: str = Field(description="計画名")
    municipality: MunicipalityOut = Field(description="自治体")


class InitiativeDetailOut(InitiativeOut):
    plan_ref: PlanRefOut = Field(description="計画")
    section_path: list[SectionOut] = Field(description="施策体系（最上位から順に）")
    background: str = Field(description="現状・課題")
    purpose: str = Field(description="目的")
    actions: str = Field(description="今後の取組内容")
    goal: str = Field(description="目指す姿・目標")
    effects: list[Any] = Field(description="期待される効果")
    urgency: float | None = Field(description="緊急度")
    importance: float | None = Field(description="重要度")
    repost_of: int | None = Field(description="再掲元の取組の id")
    schedule: list[ScheduleOut] = Field(description="工程（年度・半期ごと）")
    indicators: list[IndicatorOut] = Field(description="指標（KPI・KGI）と目標値・実績値")
    budget: list[BudgetOut] = Field(description="年度経費")
    national_items: list[NationalItemOut] = Field(
        description="総務省「自治体DX推進計画」の項目（計画担当が確定したもの。規則による候補は含まない）"
    )
    in_plan: bool = Field(
        description="計画に載っている取組なら true。改訂後の計画から外れた取組は false（記録は保持。一覧には出ない）"
    )
    retired_at: datetime | None = Field(description="計画から外れた日時（計画に載っている取組は null）")

    @staticmethod
    def resolve_in_plan(obj: Any) -> bool:
        return obj.retired_at is None

    @staticmethod
    def resolve_national_items(obj: Any) -> list[Any]:
        return list(getattr(obj, "national_items", []))

    @staticmethod
    def resolve_plan_ref(obj: Any) -> Any:
        return obj.plan

    @staticmethod
    def resolve_section_path(obj: Any) -> list[Any]:
        path, section = [], obj.section
        while section is not None:
            path.insert(0, section)
            section = section.parent
        return path

    @staticmethod
    def resolve_effects(obj: Any) -> list[Any]:
        return list(obj.effects or [])

    @staticmethod
    def resolve_urgency(obj: Any) -> float | None:
        return _finite(obj.urgency)

    @staticmethod
    def resolve_importance(obj: Any) -> float | None:
        return _finite(obj.importance)

    @staticmethod
    def resolve_repost_of(obj: Any) -> int | None:
        return obj.repost_of_id

    @staticmethod
    def resolve_schedule(obj: Any) -> list[Any]:
        return list(obj.schedule.all())

    @staticmethod
    def resolve_indicators(obj: Any) -> list[Any]:
        return list(obj.indicators.all())

    @staticmethod
    def resolve_budget(obj: Any) -> list[Any]:
        return list(obj.budget.all())


# --- rounds and reports -----------------------------------------------------------------------------

RoundState = _choices(Round.State.values)
ReportState = _choices(Report.State.values)
StatusCode = _choices(Status.values, blank=True)


class RoundOut(Schema):
    id: int
    plan: int = Field(description="計画の id")
    fy: int = Field(description="対象年度（西暦）")
    title: str = Field(description="名称（例: 令和5年度の実績）")
    state: RoundState = Field(description="状態: open（受付中）/ closed（締切済）")
    deadline: date = Field(description="提出期限")
    closed_at: datetime | None = Field(description="締切日時")
    published_at: datetime | None = Field(description="公表日時")

    @staticmethod
    def resolve_plan(obj: Any) -> int:
        return obj.plan_id


class RoundDetailOut(RoundOut):
    plan_ref: PlanRefOut = Field(description="計画")
    n_reports: int = Field(description="見られる報告の数")
    n_unpublished: int = Field(
        description="公表した回のうち、公表していない報告の数（「未公表」。内容は返さない。公開ページの「未公表 N件」と同じ数え方）"
    )
    grades: dict[str, int] = Field(
        description='評価ごとの取組数（提出済・承認済の報告のみ、締切後の評価。例: {"A": 10, "B": 5}）'
    )

    @staticmethod
    def resolve_plan_ref(obj: Any) -> Any:
        return obj.plan


class InitiativeRefOut(Schema):
    id: int
    code: str = Field(description="番号")
    title: str = Field(description="名称")
    in_plan: bool = Field(
        description="計画に載っている取組なら true。改訂後の計画から外れた取組は false（報告と取組の記録は保持）"
    )

    @staticmethod
    def resolve_in_plan(obj: Any) -> bool:
        return obj.retired_at is None


class EvaluatedIndicatorOut(Schema):
    indicator: int = Field(description="指標の id")
    name: str = Field(description="指標名")
    kind: str = Field("KPI", description="指標の種別（KPI または KGI）")
    unit: str = Field(description="単位")
    target: float | None = Field(description="その年度の目標値")
    target_text: str = Field(
        "", description="目標値の計画書の記載（数値でない「全窓口に導入」、数値に添えた「約4,000人」など。補間した目標値にはなし）"
    )
    interpolated: bool = Field(description="目標値を前後の値から補間したとき true")
    target_fy: int | None = Field(
        None,
        description="目標値が後の年度の目標のときその年度（この年度の目標値がなく、「令和9年度までに90%」を期限前に"
        "達成したとき。ほかは null）",
    )
    actual: float | None = Field(description="実績値")
    actual_text: str = Field(description="実績値（原文）")
    recorded: bool = Field(description="担当課が報告で記録した実績値なら true、計画書の記載なら false")
    rate: float | None = Field(description="達成率（1.0 = 100%）。評価できなければ null")

    @field_validator("target", "actual", "rate", mode="before")
    @classmethod
    def finite(cls, value: Any) -> Any:
        return _finite(value) if isinstance(value, float) else value


class EvaluationOut(Schema):
    indicators: list[EvaluatedIndicatorOut] = Field(description="指標ごとの評価")
    computed_grade: str = Field(description="評価基準で計算した評価（例: A）")
    computed_label: str = Field(description="その名称（例: 目標を上回る）")
    # what the computed grade rests on, as the pages print it beside it (``evaluation.BASIS_LABELS``; docs/evaluation.md)
    basis: str = Field(
        "", description="算定評価が何によるかの区分（indicators: 指標の達成率、milestone_self: 工程と自己評価 など）"
    )
    basis_label: str = Field("", description="その文言（例: 指標の達成率による、工程と自己評価による）")

    @staticmethod
    def resolve_basis_label(obj: Any) -> str:
        basis = obj.get("basis") if isinstance(obj, dict) else getattr(obj, "basis", "")
        return BASIS_LABELS.get(str(basis or ""), "")


class RecordedActualOut(Schema):
    indicator: int = Field(description="指標の id")
    value: float | None = Field(description="実績値")
    text: str = Field(description="実績値（原文）")
    note: str = Field(description="備考")

    @staticmethod
    def resolve_indicator(obj: Any) -> int:
        return obj.indicator_id

    @staticmethod
    def resolve_value(obj: Any) -> float | None:
        return _finite(obj.value)


class ReportOut(Schema):
    id: int
    round: int = Field(description="回の id")
    initiative: InitiativeRefOut = Field(description="取組")
    state: ReportState = Field(
        description="提出状況: draft（未提出）/ submitted（提出済）/ returned（差戻し）/ approved（承認済）/ "
        "withdrawn（計画から外れた: 回の受付中に取組が計画から外れた未提出の報告）"
    )
    status: StatusCode = Field(
        description="進捗状況: not_started（未着手）/ considering（検討中）/ in_progress（実施中）/ done（完了）/ "
        "cancelled（中止）/ postponed（延期）/ 空（未選択）"
    )
    achievements: str = Field(description="取組実績")
    results: str = Field(description="成果")
    issues: str = Field(description="課題")
    next_steps: str = Field(description="今後の方向性")
    self_grade: str = Field(description="自己評価")
    review_grade: str = Field(description="計画担当が変更した評価（なければ空）")
    review_reason: str = Field(description="評価を変更した理由")
    final_grade: str = Field(description="最終的な評価（計画担当の変更、なければ締切時の評価）")
    evaluation: EvaluationOut | None = Field(description="締切時に確定した評価（受付中の回では null）")
    actuals: list[RecordedActualOut] = Field(description="担当課が記録した実績値")
    published_at: datetime | None = Field(description="公表日時")
    version: int = Field(description="版。更新（PUT）のときに送り返す")

    @staticmethod
    def resolve_round(obj: Any) -> int:
        return obj.round_id

    @staticmethod
    def resolve_evaluation(obj: Any) -> dict[str, Any] | None:
        return obj.evaluation or None

    @staticmethod
    def resolve_actuals(obj: Any) -> list[Any]:
        return list(obj.actuals.all())


class ReportSavedOut(ReportOut):
    warnings: list[str] = Field(
        description="保存した実績値について確認を促す注意（基準値より悪い実績値など）。保存は済んでいる"
    )


# --- writing ----------------------------------------------------------------------------------------


def _text(max_length: int) -> Any:
    """Text sent to the API: bounded, without NUL, encodable as UTF-8."""
    return Annotated[str, Field(max_length=max_length, pattern=NO_NUL), AfterValidator(_encodable)]


Text = _text(MAX_REPORT_TEXT)  # as the report form and the Excel sheet
ActualText = _text(200)
Note = _text(MAX_NOTE)
GradeCode = _text(10)
Reason = _text(REMOVAL_REASON_LIMIT)  # as the web forms: the one rule's limit


class ActualIn(Schema):
    indicator: int = Field(ge=1, le=MAX_ID, description="指標の id（この報告の取組の指標）")
    value: float | None = Field(None, allow_inf_nan=False, description="実績値（数値。絶対値は10兆未満: 画面・Excelと同じ）。消すときは null")
    text: ActualText = Field("", description="実績値（原文。例: 80.7%）")
    note: Note = Field("", description="備考")


class ActualRemovalIn(Schema):
    fy: int = Field(ge=1900, le=2200, description="削除する計画ファイルの実績値の年度（西暦）")
    version: int = Field(ge=0, le=2**31 - 1, description="読み込んだときの取組の版（IndicatorOut.initiative_version）")
    # required, as the one rule requires it (``services.remove_plan_actual``): a client reading the schema knows before
    # sending (was optional with a default of ""); one of blanks only is refused by the rule (400)
    reason: Reason = Field(
        min_length=1,
        description=f"削除の理由（必須。空白だけなら 400。{REMOVAL_REASON_LIMIT}文字まで。計画の改訂の理由として残り、公開ページ・API にも載る）",
    )


class ReportIn(Schema):
    version: int = Field(ge=0, le=2**31 - 1, description="読み込んだときの版（ReportOut.version）")
    status: StatusCode | None = Field(None, description="進捗状況（省略すると変更しない）")
    achievements: Text | None = Field(None, description="取組実績（省略すると変更しない）")
    results: Text | None = Field(None, description="成果（省略すると変更しない）")
    issues: Text | None = Field(None, description="課題（省略すると変更しない）")
    next_steps: Text | None = Field(None, description="今後の方向性（省略すると変更しない）")
    self_grade: GradeCode | None = Field(None, description="自己評価（省略すると変更しない）")
    actuals: list[ActualIn] = Field(
        default_factory=list, max_length=200, description="実績値（指標ごと。載せた指標だけ変更する）"
    )
