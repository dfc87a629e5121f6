"""The plan office edits its municipality's grading scale (評価区分: letter, label, threshold).

Evaluation reads the scale through ``services.scale_for``; a municipality without a stored scale
uses ``evaluation.DEFAULT_SCALE`` until its plan office saves one here. Closed rounds keep the
grades frozen when they closed; open rounds are graded with the new scale from then on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from shinchoku.plans.history import acting_user
from shinchoku.plans.models import Municipality

from . import evaluation
from .models import GradeScale
from .services import ConcurrentEditError, WorkflowError, scale_for

#: A scale has at least two and at most this many grades (besides 評価できない).
MAX_GRADES = 8


@dataclass(frozen=True)
class GradeRow:
    code: str
    label: str
    min_rate: float | None  # a rate (1.1 = 110%); None only for the last grade


def rows(scale: evaluation.Scale) -> list[GradeRow]:
    return [GradeRow(g.code, g.label, g.min_rate) for g in scale.grades]


def fingerprint(municipality: Municipality) -> str:
    """What the edit page showed, to tell whether someone saved the scale meanwhile."""
    scale = scale_for(municipality)
    return json.dumps([[g.code, g.label, g.min_rate] for g in scale.grades], ensure_ascii=False)


def check(grades: list[GradeRow], not_evaluable: str) -> None:
    """The rules of a scale, each refusal in Japanese."""
    if len(grades) < 2:
        raise WorkflowError("評価区分は2つ以上必要です。")
    if len(grades) > MAX_GRADES:
        raise WorkflowError(f"評価区分は{MAX_GRADES}つまでです。")
    codes = [g.code for g in grades] + [not_evaluable]
    if any(not c for c in codes) or any(not g.label for g in grades):
        raise WorkflowError("評価区分ごとに記号と名称を入力してください。")
    if len(set(codes)) != len(codes):
        raise WorkflowError("評価区分の記号が重複しています（「評価できない」の記号とも別にしてください）。")
    thresholds = [g.min_rate for g in grades[:-1]]
    if any(t is None for t in thresholds):
        raise WorkflowError("最後の区分以外は、達成率の下限を入力してください。")
    if any(t < 0 for t in thresholds if t is not None):
        raise WorkflowError("達成率の下限は0以上で入力してください。")
    floats = [t for t in thresholds if t is not None]
    if any(a <= b for a, b in zip(floats, floats[1:], strict=False)):
        raise WorkflowError("達成率の下限は、上の区分ほど高くなるように入力してください。")
    last = grades[-1].min_rate
    if last is not None and floats and last >= floats[-1]:
        raise WorkflowError("達成率の下限は、上の区分ほど高くなるように入力してください。")


@transaction.atomic
def save_scale(
    municipality: Municipality, grades: list[GradeRow], *, not_evaluable_label: str, user: Any, expected: str
) -> GradeScale:
    """Store the municipality's scale (created from the default the first time).

    The municipality's row is locked and the scale re-read: if it no longer is what the user's page
    showed (``expected``), someone else saved it meanwhile and nothing is written (409).
    """
    Municipality.objects.select_for_update().get(pk=municipality.pk)
    if fingerprint(municipality) != expected:
        raise ConcurrentEditError(
            "評価基準は、表示した後に他の人が変更しました。最新の内容を確認してから保存し直してください。"
        )
    stored = GradeScale.objects.filter(municipality=municipality).first()
    code = stored.not_evaluable_code if stored else evaluation.DEFAULT_SCALE.not_evaluable.code
    check(grades, code)
    if not not_evaluable_label.strip():
        raise WorkflowError("「評価できない」場合の名称を入力してください。")
    data = [{"code": g.code, "label": g.label, "min_rate": g.min_rate} for g in grades]
    with acting_user(user):
        if stored is None:
            stored = GradeScale(municipality=municipality, not_evaluable_code=code)
        stored.grades = data
        stored.not_evaluable_label = not_evaluable_label.strip()
        stored.save()
    if hasattr(municipality, "_state") and "grade_scale" in municipality._state.fields_cache:
        del municipality._state.fields_cache["grade_scale"]
    return stored
