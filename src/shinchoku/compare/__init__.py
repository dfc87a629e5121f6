"""Compare KPIs of the same kind across municipalities (「指標の比較」, issue 12)."""
