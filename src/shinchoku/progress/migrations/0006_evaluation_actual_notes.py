"""Give the evaluations frozen before they carried it each recorded actual's 備考 (``note``: 「令和8年3月末時点」), which
the committee report, the initiative page and the open data now print with the actual: a display key only, copied
from the actual the department recorded; no figure, rate or grade changes."""

from django.db import migrations


def add_notes(apps, schema_editor):
    Report = apps.get_model("progress", "Report")
    RecordedActual = apps.get_model("progress", "RecordedActual")
    for report in Report.objects.exclude(evaluation={}).iterator():
        items = [i for i in (report.evaluation or {}).get("indicators") or [] if "note" not in i]
        if not items:
            continue
        notes = dict(RecordedActual.objects.filter(report_id=report.pk).values_list("indicator_id", "note"))
        for item in items:
            item["note"] = (notes.get(item.get("indicator")) or "").strip() if item.get("recorded") else ""
        Report.objects.filter(pk=report.pk).update(evaluation=report.evaluation)


class Migration(migrations.Migration):
    dependencies = [("progress", "0005_evaluation_display_keys")]

    operations = [migrations.RunPython(add_notes, migrations.RunPython.noop)]
