"""Every create, update and delete reaches the database through a service (docs/architecture.md).

The entry points (views modules and packages, any module a URL serves, api.py, forms.py,
imports.py) only shape input and call `<app>.services`: an AST scan fails on a model write
written in them, and the admin is read-only for the registers. Services are not scanned:
writing is their job. The demo loader and the dataset generator (taawun/demo) are commands,
not entry points, and are not scanned.
"""

import ast
import re
from pathlib import Path

import pytest
from django.contrib import admin
from django.urls import get_resolver

TAAWUN = Path(__file__).resolve().parents[1] / "taawun"
ENTRY_MODULES = {"api.py", "forms.py", "imports.py"}
# Model writes: instance.save()/delete(), form.save(), queryset/manager writes, m2m writes.
WRITES = {"save", "delete", "update", "create", "bulk_create", "bulk_update"}
WRITES |= {"get_or_create", "update_or_create", "add", "remove", "set", "clear"}
# The calls above that are no model write, by what they are called on (the source text).
ALLOWED = {
    r"context|kwargs|data|initial": "a dict (the template context, arguments, form data)",
    r".*\.attrs": "a widget's HTML attributes (a dict)",
    r"cache": "the shared cache, not the database",
    r"(self\.)?request\.session": "the signed-in person's session",
    r".*\.setdefault\(.*\)": "a set or list inside a dict (an import's lookup tables)",
}
# In a view, `self.save(form)`/`self.delete(record)` are the view's own hooks (core.views.
# records); their bodies are scanned like the rest, so a write in them is still found.
VIEW_HOOKS = {"save", "delete"}


def view_modules(patterns=None):
    """The modules whose views some URL serves (class-based, function, DRF viewset)."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if hasattr(pattern, "url_patterns"):
            yield from view_modules(pattern.url_patterns)
            continue
        view = pattern.callback
        view = getattr(view, "view_class", None) or getattr(view, "cls", None) or view
        yield view.__module__


def entry_points():
    served = {name for name in view_modules() if name.startswith("taawun.")}
    for path in sorted(TAAWUN.glob("*/**/*.py")):
        parts = path.relative_to(TAAWUN).parts
        if {"tests", "migrations"} & set(parts) or any(p.startswith("services") for p in parts):
            continue
        module = ".".join(("taawun", *parts)).removesuffix(".py").removesuffix(".__init__")
        is_view = module in served or path.name.startswith("views") or "views" in parts[1:-1]
        if is_view or path.name in ENTRY_MODULES:
            yield path, ast.parse(path.read_bytes()), is_view


def writes_in(tree, is_view):
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, receiver = node.func.attr, ast.unparse(node.func.value)
        if method not in WRITES or any(re.fullmatch(p, receiver) for p in ALLOWED):
            continue
        if is_view and receiver == "self" and method in VIEW_HOOKS:
            continue
        if method == "save" and any(
            k.arg == "commit" and getattr(k.value, "value", True) is False for k in node.keywords
        ):
            continue  # form.save(commit=False) builds the instance without writing it
        yield node.lineno, f"{receiver}.{method}()"


def test_every_write_goes_through_a_service():
    found = [
        f"{path.relative_to(TAAWUN.parent)}:{line} {call}"
        for path, tree, is_view in entry_points()
        for line, call in writes_in(tree, is_view)
    ]
    assert found == []


# The admin may write these (each with why); every other taawun model is read-only there.
ADMIN_WRITES = {"accounts.User": "accounts are kept in the admin: no register, no service"}


@pytest.mark.django_db
def test_the_admin_writes_no_register(rf, admin_user):
    request = rf.get("/")
    request.user = admin_user
    writable = [
        model._meta.label
        for model, model_admin in admin.site._registry.items()
        if model.__module__.startswith("taawun.") and model._meta.label not in ADMIN_WRITES
        for ask in ("has_add_permission", "has_change_permission", "has_delete_permission")
        if getattr(model_admin, ask)(request)
    ]
    assert writable == []


def test_the_scan_finds_writes_and_spares_what_is_not_one():
    code = """
class PartnerEdit(UpdateView):
    def post(self, request, pk):
        context.update(a=1)
        request.session.update(b=2)
        draft = form.save(commit=False)
        self.save(form)
        form.save()
        Partner.objects.filter(pk=pk).update(is_public=False)
        Partner.objects.create(name_fr="x")
        draft.domains.set([])
"""
    tree = ast.parse(code)
    assert [call for _line, call in writes_in(tree, is_view=True)] == [
        "form.save()",
        "Partner.objects.filter(pk=pk).update()",
        "Partner.objects.create()",
        "draft.domains.set()",
    ]
