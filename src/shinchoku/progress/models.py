"""The yearly review round and the department reports in it.

A ``Round`` is opened by the plan office for one plan and fiscal year; it gives every initiative
of the plan a ``Report``. Department editors fill and submit reports, the plan office approves or
returns them, and closing the round freezes it: each report's ``evaluation`` then keeps the
targets, actuals and rates it was judged on, whatever later revisions of the plan say.
Actual values recorded in a report are ``RecordedActual`` rows, kept apart from the values the
plan document prints, so a re-import of the plan never touches them.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from shinchoku.core.history import recorded
from shinchoku.plans.models import Initiative, Municipality, Plan

from .evaluation import MAINTAIN_TOLERANCE


class GradeScale(models.Model):
    """A municipality's evaluation scale: grades with the lowest achievement rate each needs.

    ``grades`` is a list of {"code", "label", "min_rate"} from best to worst; the last grade's
    min_rate may be null (anything lower). ``lifecycle`` maps report statuses (e.g. "cancelled")
    to a grade code used instead of the computed one. Without a scale the default applies.
    """

    municipality = models.OneToOneField(
        Municipality, on_delete=models.CASCADE, related_name="grade_scale", verbose_name=_("自治体")
    )
    grades = models.JSONField(_("評価区分"))
    not_evaluable_code = models.CharField(_("評価できない場合の区分"), max_length=10, default="D")
    not_evaluable_label = models.CharField(_("評価できない場合の名称"), max_length=50, default="評価できない")
    lifecycle = models.JSONField(_("状況による区分"), default=dict, blank=True)
    maintain_tolerance = models.FloatField(_("維持目標の許容幅"), default=MAINTAIN_TOLERANCE)
    history = recorded()

    class Meta:
        verbose_name = _("評価基準")
        verbose_name_plural = _("評価基準")

    def __str__(self) -> str:
        return " / ".join(f"{g['code']} {g['label']}" for g in self.grades)


class Round(models.Model):
    """One year's progress round of a plan (e.g. 令和6年度の実績)."""

    class State(models.TextChoices):
        OPEN = "open", _("受付中")
        CLOSED = "closed", _("締切済")

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="rounds", verbose_name=_("計画"))
    fy = models.PositiveSmallIntegerField(_("対象年度"))
    title = models.CharField(_("名称"), max_length=200)
    deadline = models.DateField(_("提出期限"))
    reminder_days = models.PositiveSmallIntegerField(_("督促する日数（期限の何日前から）"), default=7)
    state = models.CharField(_("状態"), max_length=10, choices=State.choices, default=State.OPEN)
    opened_at = models.DateTimeField(_("開始日時"), auto_now_add=True)
    closed_at = models.DateTimeField(_("締切日時"), null=True, blank=True)
    published_at = models.DateTimeField(_("公表日時"), null=True, blank=True)
    history = recorded()

    class Meta:
        verbose_name = _("進捗管理の回")
        verbose_name_plural = _("進捗管理の回")
        ordering = ["plan", "-fy"]
        constraints = [models.UniqueConstraint(fields=["plan", "fy"], name="round_unique_year")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.state == self.State.OPEN

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class Status(models.TextChoices):
    """What the department says about the initiative this year."""

    NOT_STARTED = "not_started", _("未着手")
    CONSIDERING = "considering", _("検討中")
    IN_PROGRESS = "in_progress", _("実施中")
    DONE = "done", _("完了")
    CANCELLED = "cancelled", _("中止")
    POSTPONED = "postponed", _("延期")


#: The longest text a report's narrative field (取組実績, 成果, 課題, 今後の方向性) or a review's comment or reason
#: holds, whichever way it is written (the form, the Excel sheet, the API): one limit, so what one way saved
#: another can read back (the form once took any length and the Excel upload then refused the office's
#: whole sheet), and far under an Excel cell's 32,767 characters.
MAX_REPORT_TEXT = 10_000
#: The longest 備考 of an actual.
MAX_NOTE = 2_000


def text_changed(stored: str | None, new: str | None) -> bool:
    """Whether ``new`` changes a stored text, line ends aside (a browser posts CRLF, the API and the Excel sheet LF):
    where a text changes its length is checked."""
    return (new or "").replace("\r\n", "\n").strip() != (stored or "").replace("\r\n", "\n").strip()


def length_error(text: str, limit: int = MAX_REPORT_TEXT) -> str | None:
    """「長すぎます（10,000字まで。入力は12,345字）。」 for a text over ``limit``, else None. Checked where a text
    changes (the form, the Excel preview, ``services.save_report``): a longer text saved before the limit stays
    readable and never stops a save of the report's other fields."""
    if len(text) <= limit:
        return None
    return _("長すぎます（%(limit)s字まで。入力は%(n)s字）。") % {"limit": f"{limit:,}", "n": f"{len(text):,}"}


class Report(models.Model):
    """A department's progress report on one initiative in one round.

    A report still to fill (未提出, 差戻し) whose initiative a re-import takes out of the plan while
    the round is open is ``WITHDRAWN``: no longer reminded of, counted 未提出 or editable, and kept
    with whatever was written in it; it is open again if the initiative comes back
    (``services.follow_plan``).
    """

    class State(models.TextChoices):
        DRAFT = "draft", _("未提出")
        SUBMITTED = "submitted", _("提出済")
        RETURNED = "returned", _("差戻し")
        APPROVED = "approved", _("承認済")
        WITHDRAWN = "withdrawn", _("計画から外れた")

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="reports", verbose_name=_("回"))
    initiative = models.ForeignKey(
        Initiative, on_delete=models.PROTECT, related_name="reports", verbose_name=_("取組")
    )
    state = models.CharField(_("提出状況"), max_length=10, choices=State.choices, default=State.DRAFT)
    status = models.CharField(_("進捗状況"), max_length=12, choices=Status.choices, blank=True)
    achievements = models.TextField(_("取組実績"), blank=True)
    results = models.TextField(_("成果"), blank=True)
    issues = models.TextField(_("課題"), blank=True)
    next_steps = models.TextField(_("今後の方向性"), blank=True)
    self_grade = models.CharField(_("自己評価"), max_length=10, blank=True)
    review_grade = models.CharField(_("評価（計画担当）"), max_length=10, blank=True)
    review_reason = models.TextField(_("評価を変更した理由"), blank=True)
    review_comment = models.TextField(_("差戻し・確認のコメント"), blank=True)
    submitted_at = models.DateTimeField(_("提出日時"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("提出者"),
    )  # fmt: skip
    reviewed_at = models.DateTimeField(_("確認日時"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("確認者"),
    )  # fmt: skip
    published_at = models.DateTimeField(_("公表日時"), null=True, blank=True)
    unpublished_reason = models.TextField(_("公表を取り消した理由"), blank=True)
    evaluation = models.JSONField(_("締切時の評価"), default=dict, blank=True)
    version = models.PositiveIntegerField(_("版"), default=0)
    history = recorded(excluded_fields=["version"])

    class Meta:
        verbose_name = _("進捗報告")
        verbose_name_plural = _("進捗報告")
        ordering = ["round", "initiative__position"]
        constraints = [models.UniqueConstraint(fields=["round", "initiative"], name="report_unique_initiative")]

    def __str__(self) -> str:
        return f"{self.round} — {self.initiative}"

    @property
    def final_grade(self) -> str:
        """The grade that counts: the reviewer's override, else the one frozen or computed."""
        return self.review_grade or self.evaluation.get("computed_grade", "")

    @property
    def entered(self) -> bool:
        """Whether anything is recorded in the report: a 進捗状況, a narrative, a 自己評価, an actual or its 備考 (reads
        ``actuals``: prefetch it for many reports). 担当の仕事 says 「保存済み（未提出）」 of such a report, else 「未入力」:
        its version told them apart, and a form saved unchanged (or a re-import's withdraw/restore) moves the version
        while recording nothing (walked: such a report read 「保存済み」 beside the 「未入力」 ones)."""
        fields = (self.status, self.achievements, self.results, self.issues, self.next_steps, self.self_grade)
        if any(text.strip() for text in fields):
            return True
        return any(a.value is not None or a.text.strip() or a.note.strip() for a in self.actuals.all())


class PlanRevision(models.Model):
    """A change of a plan's targets after a round started: numbered, with who, when and why.

    Closed rounds keep their frozen evaluation; the revision records what changed for everyone else.
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("計画"))
    number = models.PositiveIntegerField(_("改訂番号"))
    reason = models.TextField(_("改訂理由"))
    changes = models.JSONField(_("変更内容"), default=list)
    created_at = models.DateTimeField(_("改訂日時"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("改訂者"),
    )  # fmt: skip

    class Meta:
        verbose_name = _("計画の改訂")
        verbose_name_plural = _("計画の改訂")
        ordering = ["plan", "number"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="revision_unique_number")]

    def __str__(self) -> str:
        return f"{self.plan} 第{self.number}版"


class RecordedActual(models.Model):
    """The actual value of an indicator for the round's year, as a department reported it.

    Kept apart from the plan-printed values so that importing a revised plan can never touch it.
    """

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="actuals", verbose_name=_("報告"))
    indicator = models.ForeignKey(
        "plans.Indicator", on_delete=models.PROTECT, related_name="recorded_actuals", verbose_name=_("指標")
    )
    value = models.FloatField(_("実績値"), null=True, blank=True)
    text = models.CharField(_("実績値（原文）"), max_length=200, blank=True)
    note = models.TextField(_("備考"), blank=True)
    history = recorded()

    class Meta:
        verbose_name = _("実績値（報告）")
        verbose_name_plural = _("実績値（報告）")
        constraints = [models.UniqueConstraint(fields=["report", "indicator"], name="recorded_actual_unique")]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.text or self.value}"


class DepartmentDeadline(models.Model):
    """A later deadline for one department in a round (the round's own deadline applies to the rest)."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="department_deadlines", verbose_name=_("回")
    )
    department = models.ForeignKey(
        "plans.Department", on_delete=models.CASCADE, related_name="+", verbose_name=_("担当課")
    )
    deadline = models.DateField(_("提出期限"))
    history = recorded()

    class Meta:
        verbose_name = _("担当課ごとの提出期限")
        verbose_name_plural = _("担当課ごとの提出期限")
        ordering = ["round", "department__name"]
        constraints = [
            models.UniqueConstraint(fields=["round", "department"], name="department_deadline_unique")
        ]

    def __str__(self) -> str:
        return f"{self.round} {self.department}: {self.deadline}"


class RoundEvent(models.Model):
    """Something done to a whole round: who, when and why (the round's 「回の操作記録」).

    Reopening a closed round and extending its deadline are recorded here (the round's history
    keeps the field changes; this keeps the reason the plan office gave), and so are opening,
    closing, publishing and withdrawing the publication, and every 督促 that went out: the round's
    record says who did each, and when. A reminder the system sent by itself (the worker's daily job,
    ``manage.py send_reminders`` from cron) is ``automatic``, with no user.
    """

    class Kind(models.TextChoices):
        OPENED = "opened", _("開始")
        REMINDED = "reminded", _("督促")
        REOPENED = "reopened", _("再開")
        EXTENDED = "extended", _("期限の延長")
        CLOSED = "closed", _("締切")
        PUBLISHED = "published", _("公表")
        UNPUBLISHED = "unpublish", _("公表の取消し")

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="events", verbose_name=_("回"))
    kind = models.CharField(_("操作"), max_length=10, choices=Kind.choices)
    reason = models.TextField(_("理由"), blank=True)
    detail = models.CharField(_("内容"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("日時"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("操作した人"),
    )  # fmt: skip
    automatic = models.BooleanField(_("システムによる自動の操作"), default=False)

    class Meta:
        verbose_name = _("回の操作記録")
        verbose_name_plural = _("回の操作記録")
        ordering = ["round", "-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.round} {self.get_kind_display()}"


class SentMail(models.Model):
    """A notification that was sent, under a key naming what it was about, so it is never sent twice.

    Keys: ``opened:<round>:<department>``, ``reviewed:<report>:<version>:<department>``,
    ``submitted:<report>:<version>`` (the plan office told of a submission),
    ``due:<round>:<department>:<deadline>``, ``overdue:<round>:<department>:<deadline>``,
    ``extended:<round>:<department>:<deadline>``.
    """

    key = models.CharField(_("通知の種類と対象"), max_length=200, unique=True)
    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, null=True, blank=True, related_name="sent_mails", verbose_name=_("回")
    )
    subject = models.CharField(_("件名"), max_length=300)
    recipients = models.JSONField(_("宛先"), default=list)
    sent_at = models.DateTimeField(_("送信日時"), auto_now_add=True)

    class Meta:
        verbose_name = _("送信した通知")
        verbose_name_plural = _("送信した通知")
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return self.subject
