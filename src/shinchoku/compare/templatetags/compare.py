"""One value of a compare table, as HTML: converted with the original beside it, or as printed.

A Python tag rather than an included template: a page shows several hundred values, and an include
per value was most of the page's time at national scale."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from shinchoku.compare.queries import Value

register = template.Library()


@register.simple_tag
def compare_value(v: Value | None) -> SafeString:
    if v is None:
        return mark_safe("—")
    original = v.original
    if v.value is not None:
        html = format_html('<span title="{}: {}">{}</span>', _("原文"), original, v.shown)
        if original != v.shown:
            html += format_html(' <small class="raw">（{}: {}）</small>', _("原文"), original)
    else:
        html = format_html("{}", original or "—")
        if v.unconverted:
            html += format_html(' <small class="raw">（{}）</small>', _("単位を換算できません"))
    if v.reported:
        html += format_html(' <small class="reported">（{}）</small>', _("進捗報告"))
    return html
