"""Dependencies point down only (issue 10): an app imports the apps below it, never one above.

The order, bottom to top: the importers (pure Python), core, plans, audit, accounts, progress, the
apps that read across plans (national, search), the pages (web), then the apps built on the pages
(compare, exports, api) and the project's own modules (cli, demo, urls, wsgi, settings). Imports
inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "shinchoku"
LAYERS = [
    {"importers"},
    {"core"},
    {"plans"},
    {"audit"},
    {"accounts"},
    {"progress"},
    {"national", "search"},
    {"web"},
    {"compare", "exports", "api"},
    {"cli", "cli_parser", "demo", "urls", "wsgi", "settings", "__init__", "__main__"},
]
RANK = {app: n for n, layer in enumerate(LAYERS) for app in layer}
#: Imports that go up on purpose, each with its reason.
ALLOWED = {
    ("core", "wsgi"): "core.server starts the project's WSGI application",
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("shinchoku."):
            found.add(node.module.split(".")[1])  # type: ignore[union-attr]
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("shinchoku.")}
    return found


def test_every_app_has_a_layer():
    apps = {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    apps |= {p.stem for p in SRC.glob("*.py")}
    assert apps <= set(RANK), sorted(apps - set(RANK))


def test_no_app_imports_an_app_above_it():
    upward = []
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC).parts
        if "migrations" in parts:
            continue
        app = parts[0] if len(parts) > 1 else path.stem
        for target in _imports(path):
            if target != app and RANK[target] > RANK[app] and (app, target) not in ALLOWED:
                upward.append(f"{path.relative_to(SRC)} -> {target}")
    assert upward == []


def test_the_review_rules_are_in_the_one_table_and_registering_again_changes_nothing():
    """progress registers its rules into accounts' table at start (accounts cannot import it)."""
    from shinchoku.accounts.permissions import RULES
    from shinchoku.progress import permissions

    before = dict(RULES)
    assert {"view_round", "manage_round", "view_report", "edit_report", "review_report"} <= set(before)
    permissions.register()
    assert before == RULES
