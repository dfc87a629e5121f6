"""The plan as stored: municipality, plan, section tree, initiatives and what hangs off them.

Mirrors Plan JSON (shared/design/plan-json.md) one to one, so that import and export are
lossless; fields Plan JSON has that we do not model are kept in ``extra``. Rows are never
deleted when a revised plan drops them: they are retired (``retired_at``), because recorded
progress may hang off them.

The UI language is Japanese, so verbose names are Japanese message ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import NamedTuple

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from shinchoku.core.history import recorded

from . import texts as plan_texts


class Municipality(models.Model):
    """A 市区町村 or 都道府県, identified by its 全国地方公共団体コード when known."""

    name = models.CharField(_("名称"), max_length=100)
    prefecture = models.CharField(_("都道府県"), max_length=10, blank=True)
    code = models.CharField(_("団体コード"), max_length=6, unique=True, null=True, blank=True)
    mfa_required = models.BooleanField(
        _("二要素認証を必須にする"), default=False,
        help_text=_("オンにすると、この自治体の利用者は確認コード（TOTP）を設定するまで他の画面を使えません。"),
    )  # fmt: skip

    class Meta:
        verbose_name = _("自治体")
        verbose_name_plural = _("自治体")
        ordering = ["code", "name"]
        constraints = [models.UniqueConstraint(fields=["prefecture", "name"], name="municipality_unique_name")]

    def __str__(self) -> str:
        # a prefecture's own plan is the prefecture's: 「千葉県」, not 「千葉県千葉県」
        return f"{self.prefecture}{self.name}" if self.prefecture and self.prefecture != self.name else self.name


class PlanKind(models.TextChoices):
    OWN = "own", _("自治体の計画")
    REFERENCE = "reference", _("参考計画")


class Plan(models.Model):
    """One published plan (計画 / アクションプラン) of a municipality, updated in place when revised."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="plans", verbose_name=_("自治体")
    )
    title = models.CharField(_("計画名"), max_length=300)
    published = models.CharField(_("公表年月"), max_length=7, blank=True, help_text="YYYY-MM")
    start_fy = models.PositiveSmallIntegerField(_("開始年度"), null=True, blank=True)
    end_fy = models.PositiveSmallIntegerField(_("終了年度"), null=True, blank=True)
    vision = models.TextField(_("目指す姿・ビジョン"), blank=True)
    source_filename = models.CharField(_("取込ファイル名"), max_length=255, blank=True)
    source_sha256 = models.CharField(_("取込ファイルのSHA-256"), max_length=64, blank=True)
    source_layout = models.CharField(_("取込レイアウト"), max_length=50, blank=True)
    warnings = models.JSONField(_("取込時の警告"), default=list, blank=True)
    extra = models.JSONField(_("その他の項目"), default=dict, blank=True)
    document_extra = models.JSONField(_("その他の項目（文書全体）"), default=dict, blank=True)
    rollup_rule = models.CharField(
        _("進捗率の集計方法"), max_length=10, default="weighted",
        choices=[("weighted", _("取組数による加重平均")), ("average", _("子の単純平均")), ("worst", _("最も遅れている子"))],
        help_text=_("施策と計画全体の進捗率を取組の評価から集計する方法。公開ページに明記されます。"),
    )  # fmt: skip
    kind = models.CharField(
        _("種類"), max_length=10, default=PlanKind.OWN, choices=PlanKind.choices,
        help_text=_("参考計画は他の自治体が公表した計画の写しです。進捗管理の回を開けず、利用者も属しません。"),
    )  # fmt: skip
    reference_source = models.CharField(
        _("出典（URL・ファイル名）"), max_length=500, blank=True,
        help_text=_("参考計画をどこから得たか: 公表ページのURL、ファイル名、取り込んだバンドル"),
    )  # fmt: skip
    reference_added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("参考計画を追加した人"),
    )  # fmt: skip
    reference_added_at = models.DateTimeField(_("参考計画を追加した日時"), null=True, blank=True)
    license_name = models.CharField(_("ライセンス"), max_length=100, blank=True)
    license_url = models.CharField(_("ライセンスのURL"), max_length=300, blank=True)
    license_attribution = models.TextField(_("出典の表記"), blank=True)
    imported_at = models.DateTimeField(_("取込日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)
    history = recorded(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("計画")
        verbose_name_plural = _("計画")
        ordering = ["municipality__code", "-start_fy", "title"]
        constraints = [models.UniqueConstraint(fields=["municipality", "title"], name="plan_unique_title")]

    def __str__(self) -> str:
        return self.title

    def named(self, sep: str = " ") -> str:
        """The plan with its municipality, naming the municipality once: 「日田市 第4次日田市情報化基本計画」,
        but 「延岡市情報政策推進計画」 (not 「延岡市 延岡市情報政策推進計画」, which reads as a typo)."""
        name = self.municipality.name
        return self.title if self.title.startswith(name) else f"{name}{sep}{self.title}"

    @property
    def is_reference(self) -> bool:
        """A reference plan (参考計画): another municipality's published plan, read and searched only."""
        return self.kind == PlanKind.REFERENCE

    @property
    def fiscal_years(self) -> list[int]:
        """The plan period as a list of fiscal years ([] when the plan does not state it)."""
        if self.start_fy and self.end_fy and self.start_fy <= self.end_fy:
            return list(range(self.start_fy, self.end_fy + 1))
        return []


class Section(models.Model):
    """A node of the plan's hierarchy; level names (基本方針, プロジェクト, …) differ per plan."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="sections", verbose_name=_("計画"))
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children", verbose_name=_("上位")
    )
    key = models.CharField(_("キー"), max_length=100)
    level = models.CharField(_("階層名"), max_length=50, blank=True)
    code = models.CharField(_("番号"), max_length=50, blank=True)
    title = models.TextField(_("名称"))
    depth = models.PositiveSmallIntegerField(_("深さ"), default=0)
    position = models.PositiveIntegerField(_("表示順"), default=0)
    extra = models.JSONField(_("その他の項目"), default=dict, blank=True)

    class Meta:
        verbose_name = _("施策体系")
        verbose_name_plural = _("施策体系")
        ordering = ["plan", "position"]
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="section_unique_key")]

    def __str__(self) -> str:
        return f"{self.code} {self.title}".strip()

    @property
    def notes(self) -> list[tuple[str, list[str]]]:
        """What the plan prints for the section itself (its 成果指標, 概要, 備考), label by label (``texts.notes``)."""
        return plan_texts.notes(self.extra)


class Department(models.Model):
    """A 担当課 of a municipality; shared by all its plans so a department sees all its work."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="departments", verbose_name=_("自治体")
    )
    name = models.CharField(_("名称"), max_length=100)
    #: Former names (renamed, or merged into this one): a re-import that still prints one links here
    #: instead of bringing the old department back.
    aliases = models.JSONField(_("旧名称"), default=list, blank=True)
    history = recorded()

    class Meta:
        verbose_name = _("担当課")
        verbose_name_plural = _("担当課")
        ordering = ["municipality", "name"]
        constraints = [models.UniqueConstraint(fields=["municipality", "name"], name="department_unique_name")]

    def __str__(self) -> str:
        return self.name


class Scope(models.TextChoices):
    NATIONAL = "national", _("国")
    LOCAL = "local", _("市")


def scope_label(scope: str, municipality: str = "") -> str:
    """区分 as the plan says it: 「国」, or the municipality's own kind — a 町's plan marks its own
    initiatives 「町」, not 「市」 (延岡市's plan, where the 区分 comes from, says 市)."""
    if scope == Scope.LOCAL and municipality and municipality[-1] in "市町村区都道府県":
        return municipality[-1]
    return str(Scope(scope).label) if scope in Scope.values else ""


def current(path: str = "") -> Q:
    """The one rule for "still in the plan": not retired. A re-import retires what the new version
    of the plan drops instead of deleting it (its history and reports stay); every page, export and
    search shows only what is current. ``path`` reaches it through a relation: ``current("initiative__")``.
    """
    return Q(**{f"{path}retired_at__isnull": True})


class CurrentQuerySet(models.QuerySet):
    """Initiatives and indicators: ``Initiative.objects.active()``, ``plan.initiatives.active()``."""

    def active(self) -> CurrentQuerySet:
        return self.filter(current())


class Initiative(models.Model):
    """The unit that is scheduled, owned and evaluated (施策 / 取組 / 事業)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="initiatives", verbose_name=_("計画"))
    section = models.ForeignKey(
        Section, on_delete=models.SET_NULL, null=True, blank=True, related_name="initiatives", verbose_name=_("施策体系")
    )
    code = models.CharField(_("番号"), max_length=50, blank=True)
    title = models.TextField(_("名称"))
    summary = models.TextField(_("概要"), blank=True)
    background = models.TextField(_("現状・課題"), blank=True)
    purpose = models.TextField(_("目的"), blank=True)
    actions = models.TextField(_("今後の取組内容"), blank=True)
    goal = models.TextField(_("目指す姿・目標"), blank=True)
    effects = models.JSONField(_("期待される効果"), default=list, blank=True)
    departments = models.ManyToManyField(
        Department, related_name="initiatives", blank=True, verbose_name=_("担当課"), through="InitiativeDepartment"
    )
    scope = models.CharField(_("区分"), max_length=10, choices=Scope.choices, blank=True)
    priority = models.CharField(_("重点"), max_length=100, blank=True)
    urgency = models.FloatField(_("緊急度"), null=True, blank=True)
    importance = models.FloatField(_("重要度"), null=True, blank=True)
    marks = models.JSONField(_("印"), default=list, blank=True)
    repost_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="reposts", verbose_name=_("再掲元")
    )
    position = models.PositiveIntegerField(_("表示順"), default=0)
    source_line = models.PositiveIntegerField(_("取込元の行"), null=True, blank=True)
    extra = models.JSONField(_("その他の項目"), default=dict, blank=True)
    retired_at = models.DateTimeField(_("計画から外れた日時"), null=True, blank=True)
    #: What the plan office changed in the app (plans/editing.py): field name -> the value it replaced
    #: (the plan document's), plus "added" / "retired". A re-import keeps these (plans/loader.py).
    app_revisions = models.JSONField(_("アプリでの改訂"), default=dict, blank=True)
    #: Bumped by every edit in the app: an edit made on an older version is refused (409).
    version = models.PositiveIntegerField(_("版"), default=0)
    objects = CurrentQuerySet.as_manager()
    history = recorded(excluded_fields=["version", "app_revisions"])

    class Meta:
        verbose_name = _("取組")
        verbose_name_plural = _("取組")
        ordering = ["plan", "position"]
        indexes = [
            models.Index(fields=["plan", "code"]),
            # Lists across plans (the API without a plan filter) page through initiatives in plan
            # order; with this index the database reads one page instead of sorting every row.
            models.Index(fields=["plan", "position", "id"], name="initiative_plan_order"),
            # An initiative's 再掲 (the initiative page): few initiatives are one, and SQLite's
            # statistics count the NULLs of the plain index as one value shared by almost every row,
            # so its planner scanned the table instead (24 ms a page at 1,741 municipalities).
            models.Index(fields=["repost_of"], condition=Q(repost_of__isnull=False), name="initiative_reposts"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}".strip()

    @cached_property
    def texts(self) -> plan_texts.InitiativeTexts:
        """What the plan prints for it beyond its columns (関係課, これまでの取組, 備考 …: ``texts.initiative_texts``)."""
        return plan_texts.initiative_texts(self.extra)


class InitiativeDepartment(models.Model):
    """Departments of an initiative in the order the plan lists them (the first one leads)."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="department_links")
    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="initiative_links")
    position = models.PositiveSmallIntegerField(default=0)
    history = recorded()

    class Meta:
        verbose_name = _("担当課の割当")
        verbose_name_plural = _("担当課の割当")
        ordering = ["initiative", "position"]
        constraints = [
            models.UniqueConstraint(fields=["initiative", "department"], name="initiative_department_unique")
        ]

    def __str__(self) -> str:
        return f"{self.initiative_id}: {self.department}"


class ScheduleEntry(models.Model):
    """What the plan schedules for one fiscal year (or half year) of an initiative."""

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="schedule", verbose_name=_("取組")
    )
    fy = models.PositiveSmallIntegerField(_("年度"))
    half = models.PositiveSmallIntegerField(_("半期"), null=True, blank=True, choices=[(1, _("前期")), (2, _("後期"))])
    label = models.TextField(_("内容"), blank=True)
    position = models.PositiveSmallIntegerField(_("表示順"), default=0)
    history = recorded()

    class Meta:
        verbose_name = _("工程")
        verbose_name_plural = _("工程")
        ordering = ["initiative", "fy", "half", "position"]

    def __str__(self) -> str:
        return f"{self.fy} {self.label}"


class Direction(models.TextChoices):
    INCREASE = "increase", _("増加")
    DECREASE = "decrease", _("減少")
    MAINTAIN = "maintain", _("維持")


def indicator_label(name: str, kind: str | None) -> str:
    """An indicator's name as the report form, the Excel sheet, the committee report and the report page show it: a
    KGI says so (大野城市 gives each initiative a KGI and a KPI of the same name, which nothing told apart where the
    figures are entered; found walking a round). A KPI, most plans' only kind, keeps its bare name."""
    return f"{name}（KGI）" if kind == "KGI" else name


class FinalTarget(NamedTuple):
    """An indicator's final target (最終目標) wherever it is shown: ``final_target``."""

    fy: int | None
    value: float | None
    text: str
    stated: bool  # the plan prints it as the final target; False: its last year's target, taken as the final


def final_target(
    stated: tuple[int | None, float | None, str] | None, targets: Iterable[tuple[int | None, float | None, str]]
) -> FinalTarget | None:
    """The final target of an indicator: the one the plan states, else the target of the last year it gives one for.

    The one rule of the initiative page, the 進捗管理表, the API and the upload preview. 延岡市's plan prints
    targets year by year (証明書交付件数: 令和3–7年度, 12,000件 in 令和7年度) and no final one: the preview showed
    「— → 12,000件（令和7年度）」 while the 進捗管理表's 最終目標値 and 目標年度 were blank and the API said null.
    ``stated`` = (fy, value, text) or None; ``targets`` = (fy, value, text) in the plan's order. None for neither."""
    if stated is not None:
        return FinalTarget(*stated, stated=True)
    dated = [t for t in targets if t[0] is not None and (t[1] is not None or (t[2] or "").strip())]
    if not dated:
        return None
    last = max(t[0] for t in dated if t[0] is not None)
    fy, value, text = next(t for t in dated if t[0] == last)  # the first of its year, as its row shows it
    return FinalTarget(fy, value, text or "", stated=False)


class Indicator(models.Model):
    """A KPI or KGI of an initiative, with its baseline and final target; yearly values hang off it."""

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("取組")
    )
    name = models.TextField(_("指標名"))
    kind = models.CharField(_("種別"), max_length=3, choices=[("KPI", "KPI"), ("KGI", "KGI")], default="KPI")
    unit = models.CharField(_("単位"), max_length=50, blank=True)
    direction = models.CharField(_("方向"), max_length=10, choices=Direction.choices, blank=True)
    baseline_fy = models.PositiveSmallIntegerField(_("基準年度"), null=True, blank=True)
    baseline_value = models.FloatField(_("基準値"), null=True, blank=True)
    baseline_text = models.TextField(_("基準値（原文）"), blank=True)
    has_baseline = models.BooleanField(_("基準値あり"), default=False)
    final_target_fy = models.PositiveSmallIntegerField(_("最終目標年度"), null=True, blank=True)
    final_target_value = models.FloatField(_("最終目標値"), null=True, blank=True)
    final_target_text = models.TextField(_("最終目標（原文）"), blank=True)
    has_final_target = models.BooleanField(_("最終目標あり"), default=False)
    tolerance = models.FloatField(
        _("許容幅"), null=True, blank=True,
        help_text=_("アンケート等で誤差を見込む指標: 目標値からこの幅（単位と同じ）以内なら達成とみなす"),
    )  # fmt: skip
    position = models.PositiveSmallIntegerField(_("表示順"), default=0)
    extra = models.JSONField(_("その他の項目"), default=dict, blank=True)
    retired_at = models.DateTimeField(_("計画から外れた日時"), null=True, blank=True)
    #: As Initiative.app_revisions: fields changed in the app -> the plan document's value, "added".
    app_revisions = models.JSONField(_("アプリでの改訂"), default=dict, blank=True)
    #: The kind of KPI it is for comparing municipalities (a slug of compare/data/kinds.toml), set by
    #: shinchoku.compare at import and by ``shinchoku classify-kpis``; a column so that a compare
    #: page reads one index at national scale. Derived, so it is kept out of the change history.
    compare_kind = models.CharField(_("比較用の指標の種類"), max_length=40, blank=True, db_index=True)
    objects = CurrentQuerySet.as_manager()
    history = recorded(excluded_fields=["app_revisions", "compare_kind"])

    class Meta:
        verbose_name = _("指標")
        verbose_name_plural = _("指標")
        ordering = ["initiative", "position"]

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        """Its name where figures are entered and read: ``indicator_label``."""
        return indicator_label(self.name, self.kind)

    @property
    def final_target(self) -> FinalTarget | None:
        """Its 最終目標 by the one rule (``final_target``), from its values as fetched (prefetch them for a list)."""
        stated = (
            (self.final_target_fy, self.final_target_value, self.final_target_text) if self.has_final_target else None
        )
        targets = [(v.fy, v.value, v.text) for v in self.values.all() if v.kind == ValueKind.TARGET]
        return final_target(stated, targets)

    @property
    def notes(self) -> list[tuple[str, list[str]]]:
        """What the plan prints beside it (its 区分, a report's 評価 and 達成率, 備考): ``texts.indicator_texts``, with what
        a page set to be said beside a year's 評価 (``grade_marks``: its figure removed in the app since, and why)."""
        return plan_texts.indicator_texts(self.extra, getattr(self, "grade_marks", None))


class ValueKind(models.TextChoices):
    TARGET = "target", _("目標値")
    ACTUAL = "actual", _("実績値")


class IndicatorValue(models.Model):
    """A target or actual of an indicator for one fiscal year, as the plan document prints it.

    Replaced when a revised plan is imported, except a value revised in the app (``revised_at``). Actuals recorded during a progress round live in
    ``progress.RecordedActual`` instead, which no import ever touches.
    """

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values", verbose_name=_("指標"))
    kind = models.CharField(_("種別"), max_length=6, choices=ValueKind.choices)
    fy = models.PositiveSmallIntegerField(_("年度"), null=True, blank=True)
    value = models.FloatField(_("値"), null=True, blank=True)
    text = models.TextField(_("原文"), blank=True)
    position = models.PositiveSmallIntegerField(_("表示順"), default=0)
    #: Set when the value was entered or changed in shinchoku (a target revision) rather than read
    #: from the plan document: a later import keeps it unless the plan office chooses the file's value.
    revised_at = models.DateTimeField(_("アプリで改訂した日時"), null=True, blank=True)
    #: An actual an earlier import stored that the file the plan was last imported from no longer states, kept
    #: (``loader._values``): not the municipality's published figure (``progress.figures.published_figures``).
    kept = models.BooleanField(_("前回までの取込から保持"), default=False)
    history = recorded()

    class Meta:
        verbose_name = _("指標値")
        verbose_name_plural = _("指標値")
        ordering = ["indicator", "kind", "fy", "position"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.fy}: {self.text or self.value}"


class BudgetEntry(models.Model):
    """Planned cost of an initiative in one fiscal year (年度経費), in the plan's unit (usually 千円)."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="budget", verbose_name=_("取組"))
    fy = models.PositiveSmallIntegerField(_("年度"))
    amount = models.DecimalField(_("金額"), max_digits=16, decimal_places=2, null=True, blank=True)
    unit = models.CharField(_("単位"), max_length=10, default="千円")
    extra = models.JSONField(_("その他の項目"), default=dict, blank=True)
    history = recorded()

    class Meta:
        verbose_name = _("予算")
        verbose_name_plural = _("予算")
        ordering = ["initiative", "fy"]

    def __str__(self) -> str:
        return f"{self.fy}: {self.amount}{self.unit}"


class ColumnMapping(models.Model):
    """The roles the plan office gave the columns of one table, kept for its municipality.

    Where the generic readers cannot tell what a column holds (「内容」「所管」「R7」), the plan
    office says it in the upload preview; next year's file of the same shape (the same header
    cells, ``signature``) is then read the same way without asking. Matched by
    ``signature_key``, a hash of the header in matching form (``importers.labels.key``), so that
    blanks and full / half width in the header do not matter.
    """

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="column_mappings", verbose_name=_("自治体")
    )
    signature = models.TextField(_("表の見出し"), help_text=_("見出しの各列の文字を「|」でつないだもの"))
    signature_key = models.CharField(_("見出しの照合キー"), max_length=64, editable=False)
    columns = models.JSONField(_("列の割り当て"), default=dict, blank=True, help_text=_("列名（A, B …）→ 役割"))
    skip = models.BooleanField(_("読み込まない表"), default=False)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("保存した人"),
    )  # fmt: skip
    saved_at = models.DateTimeField(_("保存日時"))
    history = recorded()

    class Meta:
        verbose_name = _("列の割り当て")
        verbose_name_plural = _("列の割り当て")
        ordering = ["municipality", "signature"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "signature_key"], name="column_mapping_unique_table")
        ]

    def __str__(self) -> str:
        return f"{self.municipality} {self.signature}"


class ReferenceResult(models.Model):
    """One year's published progress of an initiative of a reference plan, as another installation
    published it (imported from a bundle).

    Kept apart from ``progress.Report``: these results were judged elsewhere, by that
    municipality's rules, and are shown read-only with their source; no round of this installation
    produces or changes them. ``data`` holds what the public pages of the other installation showed:
    {"round", "status", "status_label", "grade", "grade_label", "actuals": [{"indicator", "fy",
    "value", "text"}], "achievements", "results", "issues", "next_steps", "published_at"}.
    """

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="reference_results", verbose_name=_("取組")
    )
    fy = models.PositiveSmallIntegerField(_("対象年度"))
    data = models.JSONField(_("公表された内容"), default=dict)
    source = models.CharField(_("出典"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("公表された進捗（参考計画）")
        verbose_name_plural = _("公表された進捗（参考計画）")
        ordering = ["initiative", "fy"]
        constraints = [models.UniqueConstraint(fields=["initiative", "fy"], name="reference_result_unique_year")]

    def __str__(self) -> str:
        return f"{self.initiative} {self.fy}"
