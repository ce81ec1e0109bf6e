"""The layers of docs/architecture.md hold: no app imports an app above it, and core, the
ground, reverses no URL of an app above it. Tests and migrations may reach anywhere."""

import ast
from pathlib import Path

from django.urls import get_resolver

TAAWUN = Path(__file__).resolve().parents[1] / "taawun"
# core < accounts < territory < partners, finance < agreements < projects < (later domain
# apps, any app not named here: 6) < knowledge, funding < portal, opendata, reports < demo
LAYERS = {"core": 0, "accounts": 1, "territory": 2, "partners": 3, "finance": 3}
LAYERS |= {"agreements": 4, "projects": 5, "coordination": 6, "council": 6, "participation": 6}
LAYERS |= {"grants": 6, "knowledge": 7, "funding": 7}
LAYERS |= {"portal": 8, "opendata": 8, "reports": 8, "demo": 9}


def modules():
    for path in sorted(TAAWUN.glob("*/**/*.py")):
        parts = path.relative_to(TAAWUN).parts
        if "tests" not in parts and "migrations" not in parts:
            yield parts[0], path.relative_to(TAAWUN.parent), ast.parse(path.read_bytes())


def imports(tree):
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and not node.level:
            names.append(node.module)
        yield from ((node.lineno, n.split(".")[1]) for n in names if n.startswith("taawun."))


def reversed_namespaces(tree, owners):
    """URL names in string constants: reverse("portal:home"), {% url 'portal:home' %}."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for namespace, owner in owners.items():
                if any(f"{q}{namespace}:" in f'"{node.value}' for q in "\"'"):
                    yield node.lineno, owner


def test_no_app_imports_an_app_above_it():
    rank = lambda app: LAYERS.get(app, 6)  # noqa: E731
    found = [f"{path}:{line} imports taawun.{other}" for app, path, tree in modules()
             for line, other in imports(tree) if rank(other) > rank(app)]  # fmt: skip
    assert found == []


def test_core_reverses_no_url_of_an_app_above_it():
    # namespace -> the app whose urls module declares it ("api" -> opendata)
    modules_of = {ns: getattr(r.urlconf_name, "__name__", r.urlconf_name) for ns, (_p, r) in
                  get_resolver().namespace_dict.items()}  # fmt: skip
    modules_of = {ns: m for ns, m in modules_of.items() if isinstance(m, str)}
    owners = {ns: m.split(".")[1] for ns, m in modules_of.items() if m.startswith("taawun.")}
    found = [f"{path}:{line} reverses a URL of {owner}" for app, path, tree in modules()
             if app == "core" for line, owner in reversed_namespaces(tree, owners)
             if owner != "core"]  # fmt: skip
    assert found == []


MAX_MODULE_LINES = 600


def test_no_module_is_longer_than_600_lines():
    # A module past the limit becomes a package or gives a part its own module (house style:
    # "a file that grows past ~400 lines becomes a package"); tests and migrations may be long.
    found = []
    for path in sorted(TAAWUN.rglob("*.py")):
        parts = path.relative_to(TAAWUN).parts
        if "tests" in parts or "migrations" in parts or path.name.startswith("test_"):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            found.append(f"{path.relative_to(TAAWUN.parent)}: {lines} lines")
    assert found == [], f"longer than {MAX_MODULE_LINES} lines: " + ", ".join(found)
