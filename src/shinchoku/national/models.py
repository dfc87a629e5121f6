"""National-plan reference data (editions and their items) and the labels that tie initiatives to items.

Editions and items are reference data loaded from ``data/editions`` by data migrations; they are
never edited in the app. A label points at the item of the edition it was made for, so a new
edition leaves old labels as they were.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from shinchoku.core.history import recorded
from shinchoku.plans.models import Initiative


class NationalPlanEdition(models.Model):
    """One edition of 総務省「自治体DX推進計画」 (e.g. 第1版 2020-12-25, 第2.3版 2024-02-05)."""

    key = models.CharField(_("キー"), max_length=20, unique=True, help_text="YYYY-MM-DD")
    title = models.CharField(_("名称"), max_length=100)
    published_on = models.DateField(_("公表日"))
    source = models.TextField(_("出典"), blank=True)

    class Meta:
        verbose_name = _("国の計画の版")
        verbose_name_plural = _("国の計画の版")
        ordering = ["published_on"]

    def __str__(self) -> str:
        return self.title


class NationalItem(models.Model):
    """An item of an edition: a 重点取組事項, a 推進体制 item, 地域社会のデジタル化 …"""

    edition = models.ForeignKey(
        NationalPlanEdition, on_delete=models.CASCADE, related_name="items", verbose_name=_("版")
    )
    code = models.CharField(_("コード"), max_length=30)
    title = models.CharField(_("名称"), max_length=100)
    group = models.CharField(_("区分"), max_length=30)
    order = models.PositiveSmallIntegerField(_("表示順"), default=0)
    #: Codes of older editions' items this item absorbed (their labels count for it).
    covers = models.JSONField(_("引き継ぐ項目のコード"), default=list, blank=True)

    class Meta:
        verbose_name = _("国の計画の項目")
        verbose_name_plural = _("国の計画の項目")
        ordering = ["edition__published_on", "order"]
        constraints = [models.UniqueConstraint(fields=["edition", "code"], name="national_item_unique_code")]

    def __str__(self) -> str:
        return self.title

    @property
    def codes(self) -> list[str]:
        return [self.code, *self.covers]


class LabelState(models.TextChoices):
    SUGGESTED = "suggested", _("候補")
    CONFIRMED = "confirmed", _("確定")
    REJECTED = "rejected", _("該当しない")


class InitiativeLabel(models.Model):
    """An initiative's national-plan item: suggested by the rules, confirmed or rejected by the plan office."""

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="national_labels", verbose_name=_("取組")
    )
    item = models.ForeignKey(NationalItem, on_delete=models.PROTECT, related_name="labels", verbose_name=_("項目"))
    state = models.CharField(_("状態"), max_length=10, choices=LabelState.choices, default=LabelState.SUGGESTED)
    score = models.FloatField(_("規則の点数"), null=True, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("確認した利用者"),
    )  # fmt: skip
    at = models.DateTimeField(_("日時"), auto_now=True)
    history = recorded()

    class Meta:
        verbose_name = _("国の計画の項目の割当")
        verbose_name_plural = _("国の計画の項目の割当")
        ordering = ["initiative", "item__order"]
        constraints = [
            models.UniqueConstraint(fields=["initiative", "item"], name="initiative_label_unique_item")
        ]
        indexes = [models.Index(fields=["item", "state"])]

    def __str__(self) -> str:
        return f"{self.initiative_id}: {self.item} ({self.get_state_display()})"
