"""Give the evaluations frozen before they named them each indicator's ``kind`` (KPI/KGI) and ``target_text`` (the
year's target as the plan words it): display keys only, read by the report page, the public page, the committee
report, the API and the open data; no figure, rate or grade changes."""

from django.db import migrations


def add_display_keys(apps, schema_editor):
    from shinchoku.progress.evaluation import target_words

    Report = apps.get_model("progress", "Report")
    Indicator = apps.get_model("plans", "Indicator")
    IndicatorValue = apps.get_model("plans", "IndicatorValue")
    for report in Report.objects.exclude(evaluation={}).select_related("round").iterator():
        items = (report.evaluation or {}).get("indicators") or []
        missing = [i for i in items if "kind" not in i or "target_text" not in i]
        if not missing:
            continue
        ids = {i.get("indicator") for i in missing}
        indicators = {i.pk: i for i in Indicator.objects.filter(pk__in=ids)}
        targets: dict[int, list] = {}
        for v in IndicatorValue.objects.filter(indicator_id__in=ids, kind="target"):
            targets.setdefault(v.indicator_id, []).append((v.fy, v.value, v.text))
        for item in missing:
            indicator = indicators.get(item.get("indicator"))
            item.setdefault("kind", indicator.kind if indicator is not None else "KPI")
            text = ""
            if indicator is not None and item.get("target") is None:
                final = (indicator.final_target_fy, indicator.final_target_value, indicator.final_target_text)
                text = target_words(report.round.fy, targets.get(indicator.pk, []), final)
            item.setdefault("target_text", text)
        Report.objects.filter(pk=report.pk).update(evaluation=report.evaluation)


class Migration(migrations.Migration):
    dependencies = [
        ("progress", "0004_round_event_close_publish"),
        ("plans", "0010_initiative_reposts"),
    ]

    operations = [migrations.RunPython(add_display_keys, migrations.RunPython.noop)]
