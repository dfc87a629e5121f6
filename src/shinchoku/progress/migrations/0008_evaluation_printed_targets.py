"""Give the evaluations frozen before they carried it the plan's words beside the year's own target number
(``target_text`` 「約4,000人」 beside ``target`` 4000: ``evaluation.target_words``), so that a closed round's committee
report, 進捗管理表 and pages show its target as the plan's table does: a display key only; no figure, rate or grade
changes. An interpolated target, a cumulative share or a later deadline's gets none, as at evaluation."""

from django.db import migrations


def add_printed_targets(apps, schema_editor):
    from shinchoku.progress.evaluation import target_words

    Report = apps.get_model("progress", "Report")
    Indicator = apps.get_model("plans", "Indicator")
    IndicatorValue = apps.get_model("plans", "IndicatorValue")
    for report in Report.objects.exclude(evaluation={}).select_related("round").iterator():
        items = (report.evaluation or {}).get("indicators") or []
        open_ = [
            i for i in items
            if i.get("target") is not None and not i.get("interpolated") and i.get("basis") == "year"
            and not i.get("target_text")
        ]  # fmt: skip
        if not open_:
            continue
        ids = {i.get("indicator") for i in open_}
        indicators = {i.pk: i for i in Indicator.objects.filter(pk__in=ids)}
        targets: dict[int, list] = {}
        for v in IndicatorValue.objects.filter(indicator_id__in=ids, kind="target"):
            targets.setdefault(v.indicator_id, []).append((v.fy, v.value, v.text))
        changed = False
        for item in open_:
            indicator = indicators.get(item.get("indicator"))
            if indicator is None:
                continue
            final = (indicator.final_target_fy, indicator.final_target_value, indicator.final_target_text)
            text = target_words(report.round.fy, targets.get(indicator.pk, []), final, item["target"])
            if text:
                item["target_text"], changed = text, True
        if changed:
            Report.objects.filter(pk=report.pk).update(evaluation=report.evaluation)


class Migration(migrations.Migration):
    dependencies = [("progress", "0007_round_event_opened_reminded")]

    operations = [migrations.RunPython(add_printed_targets, migrations.RunPython.noop)]
